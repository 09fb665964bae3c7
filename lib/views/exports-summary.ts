import { formatUsd, wholePercent } from "../format/numbers";
import type { FittedModels } from "../model/choose/fitted-models";
import { measuredCostedDesigns } from "../scenario/predict-scenario";
import type { Scenario } from "../scenario/scenario";
import type { CalculatorCatalog } from "./catalog";
import { answerLabels } from "./exports-json";
import { recommendCall, type RecommendedCall } from "./recommendation";
import { decisionText, NOT_SHOWN_BETTER } from "./recommendation-text";
import { counted } from "../format/words";

/*
 * A scenario's decision in a few words and figures: what a link preview (title, description, card
 * image), the design memo's opening and the MCP tools' text show. One function, so they all say the same.
 */

/** One architecture at its measured agent count, as a small bar: success with its 90% interval. */
export type SummaryBar = { architecture: string; label: string; agents: number; successRate: number; interval: [number, number]; recommended: boolean };

export type DecisionSummary = {
  /** The page title: the decision and its success, e.g. "Centralized, 4 agents: 62% success · Agent Scaling Calculator". */
  title: string;
  /** One sentence: the task, the decision, success with its interval, cost per task and how sure. */
  description: string;
  /** The card's headline ("Build: Centralized, 4 agents", or "Not shown better: build the single agent"). */
  headline: string;
  /** The task in a few words: "5 tools, decomposability 0.5, GPT-5 mini". */
  task: string;
  /** The figures a card image shows, raw (shares and USD). */
  figures: {
    architecture: string;
    agents: number;
    label: string;
    kind: "single" | "multi";
    rule: "value" | "confidence";
    successRate: number;
    interval: [number, number];
    costUsd: number;
    chance: number;
  };
  bars: SummaryBar[];
};

/** The product's name, the end of every title. */
export const PRODUCT_NAME = "Agent Scaling Calculator";

/**
 * A page title for a decision: its words (decisionText's headline and short form) and the design's
 * success, ending in the product's name. The link preview's title, and the calculator's tab as the
 * scenario changes.
 *
 * @example decisionTitle({ headline: "Build: Hybrid, 4 agents", short: "Hybrid, 4 agents" }, 0.583) // "Hybrid, 4 agents · 58% success · Agent Scaling Calculator"
 */
export function decisionTitle(words: { headline: string; short: string }, successRate: number): string {
  return `${words.headline === NOT_SHOWN_BETTER ? NOT_SHOWN_BETTER : words.short} · ${wholePercent(successRate)} success · ${PRODUCT_NAME}`;
}

/**
 * A scenario's decision summary, from the recommendation the page computes (`recommendation` when the
 * caller has it; else the call alone, recommendCall: the summary words no driver). Figures are rounded only in the words; `figures` and `bars` keep them raw. For the
 * default scenario the title reads "Not shown better: build the single agent · 50% success · Agent
 * Scaling Calculator" (a test holds the words to the recommendation's figures).
 */
export function decisionSummary(
  models: FittedModels,
  catalog: Pick<CalculatorCatalog, "architectures" | "evidenceBenchmarks" | "models">,
  scenario: Scenario,
  recommendation?: RecommendedCall,
): DecisionSummary {
  const labels = answerLabels(catalog);
  // The designs once: the call's and the bars'.
  const designs = measuredCostedDesigns(models, scenario);
  const r = recommendation ?? recommendCall(models, scenario, labels, designs);
  const label = (architecture: string) => labels.get(architecture) ?? architecture;
  const words = decisionText(r, (a) => (a === "single" ? "the single agent" : label(a)), {
    valuePerSuccess: scenario.valuePerSuccess,
    confidence: scenario.planConfidence,
  });
  const d = r.design;
  const model = catalog.models.find((m) => m.model === scenario.model)?.label ?? scenario.model;
  const task = `${counted(scenario.tools, "tool")}, decomposability ${scenario.decomposability}, ${model}`;
  const success = `${wholePercent(d.successRate)} success (90% interval ${Math.round(d.interval[0] * 100)}-${wholePercent(d.interval[1])})`;
  const decision =
    words.headline === NOT_SHOWN_BETTER ? "no multi-agent design is shown better, so build the single agent" : words.headline.replace(/^Build: /, "build ");
  const chance = `how sure ${wholePercent(r.chance)}`;
  return {
    title: decisionTitle(words, d.successRate),
    description: `For a task with ${task}: ${decision}, ${success}, ${formatUsd(d.cost.costUsd)} per task; ${chance}.`,
    headline: words.headline,
    task,
    figures: {
      architecture: d.architecture,
      agents: d.agents,
      label: label(d.architecture),
      kind: r.kind,
      rule: r.rule,
      successRate: d.successRate,
      interval: d.interval,
      costUsd: d.cost.costUsd,
      chance: r.chance,
    },
    bars: designs.map((b) => ({
      architecture: b.architecture,
      label: label(b.architecture),
      agents: b.agents,
      successRate: b.successRate,
      interval: b.interval,
      recommended: b.architecture === d.architecture && b.agents === d.agents,
    })),
  };
}
