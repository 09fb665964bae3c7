import { decomposabilityScore } from "../data/decomposability-rubric";
import { nearestBenchmark } from "../model/predict/extrapolation";
import { matchesTask } from "../model/architect/benchmark-effects";
import { PRESETS, type Preset } from "../scenario/presets";
import type { CalculatorCatalog } from "./catalog";
import { counted, countText } from "../format/words";

/** A preset as the page offers it: its settings, justification and the stored benchmark nearest it. */
export type PresetView = {
  id: string;
  label: string;
  why: string;
  tools: number;
  decomposability: number;
  nearest: { benchmark: string; label: string; tools: number; decomposability: number } | null;
  text: string;
};

/** Every preset with its rubric-scored d and nearest stored benchmark, worded. */
export function presetViews(catalog: Pick<CalculatorCatalog, "evidenceBenchmarks">, presets: readonly Preset[] = PRESETS): PresetView[] {
  return presets.map((p) => {
    const d = decomposabilityScore(p.rubric);
    const nearest = nearestBenchmark(catalog.evidenceBenchmarks, { tools: p.tools, decomposability: d })?.benchmark ?? null;
    return {
      id: p.id,
      label: p.label,
      why: p.why,
      tools: p.tools,
      decomposability: d,
      nearest,
      text: `Sets ${p.tools} tools, decomposability ${d} (the rubric's answers), ${countText(p.cost.inputTokensPerTurn)} input and ${countText(p.cost.outputTokensPerTurn)} output tokens per LLM call, and ${p.cost.sasTurns} single-agent calls per task; every other input stays as it is. ${p.why}${
        nearest === null
          ? ""
          : matchesTask(nearest, { tools: p.tools, decomposability: d })
            ? ` It matches a stored benchmark, ${nearest.label}, on every input the calculator reads (${counted(nearest.tools, "tool")}, decomposability ${nearest.decomposability}), so that benchmark's measured effects apply unless you choose "A new task" under "My task resembles".`
            : ` Nearest stored benchmark: ${nearest.label} (${counted(nearest.tools, "tool")}, decomposability ${nearest.decomposability}).`
      }`,
    };
  });
}
