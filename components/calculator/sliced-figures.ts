import type { FittedModels } from "@/lib/model/choose/fitted-models";
import type { Reliability } from "@/lib/model/validation/track-record";
import type { Scenario } from "@/lib/scenario/scenario";
import type { Steps } from "@/lib/steps";
import { calculatorViewSteps, type CalculatorView } from "@/lib/views/calculator";
import type { CalculatorCatalog } from "@/lib/views/catalog";
import { readPinned } from "@/lib/views/compare";

/*
 * A link's first figures computed a slice at a time (lib/steps.ts) instead of in one task. In one go, a
 * link's first view and its pinned scenario's held the main thread 60-100 ms in a single task at full
 * speed, four times that on a throttled phone: the calculator's code runs cold then. A later change's view
 * takes a few ms, warm, and is computed in the render that shows it (calculator.tsx): computed in slices
 * too, it reached the charts about 2 ms later in the median and 5 ms at p95 (four alternated runs of
 * `npm run bench`'s slider measure), with no gain in the keypress figures.
 */

/** About how long a slice may hold the main thread: React's own slice, 5 ms. */
const SLICE_MS = 5;

/** Gives the main thread back: Chromium's scheduler.yield (the rest runs before other queued tasks), else a message (a task without setTimeout's clamp). */
function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield !== undefined) return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

/** Runs steps to the end, giving the main thread back whenever a slice has taken SLICE_MS. */
async function inSlices<T>(steps: Steps<T>): Promise<T> {
  let start = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done === true) return step.value;
    if (performance.now() - start >= SLICE_MS) {
      await yieldToMain();
      start = performance.now();
    }
  }
}

/** A link's figures as the page opened it: its scenario's and, with a pinned comparison, the pinned scenario's. */
export type OpeningFigures = {
  scenario: Scenario;
  view: CalculatorView;
  pinned: { value: string; a: ReturnType<typeof readPinned>; view: CalculatorView } | null;
};

let opening: { models: FittedModels; scenario: Scenario; pinned: string | null; figures: Promise<OpeningFigures> } | null = null;

/**
 * The figures a link opens with, computed in slices while the skeleton shows (the calculator reads them
 * with React's `use`). The same inputs give the same promise, so a render that suspends and starts again
 * finds it.
 */
export function openingFigures(
  models: FittedModels,
  catalog: CalculatorCatalog,
  reliability: Reliability,
  scenario: Scenario,
  pinned: string | null,
): Promise<OpeningFigures> {
  if (opening !== null && opening.models === models && opening.scenario === scenario && opening.pinned === pinned) return opening.figures;
  const figures = (async () => {
    const view = await inSlices(calculatorViewSteps(models, catalog, reliability, scenario));
    if (pinned === null) return { scenario, view, pinned: null };
    const a = readPinned(pinned, catalog.choices);
    return {
      scenario,
      view,
      pinned: { value: pinned, a, view: await inSlices(calculatorViewSteps(models, catalog, reliability, a.scenario)) },
    };
  })();
  opening = { models, scenario, pinned, figures };
  return figures;
}
