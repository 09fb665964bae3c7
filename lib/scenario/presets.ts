import { decomposabilityScore, type RubricAnswers } from "../data/decomposability-rubric";
import type { ParameterKey } from "./parameters";

/**
 * Task archetypes the calculator offers as starting points: each sets the tool count, decomposability
 * (from its answers to the decomposability rubric, scored by the rubric's own rule) and the cost inputs
 * of a typical task of that kind. These are inputs an architect would otherwise type, not results: the
 * predictions still come from the stored runs. `why` is the one-line justification shown beside it.
 */
export type Preset = {
  id: string;
  label: string;
  why: string;
  tools: number;
  rubric: RubricAnswers;
  cost: { inputTokensPerTurn: number; outputTokensPerTurn: number; sasTurns: number };
};

export const PRESETS: readonly Preset[] = [
  {
    id: "customer-support",
    label: "Customer support",
    why: "Many tools (CRM, orders, refunds, knowledge base), but a ticket is mostly one conversation whose steps depend on the last; only the look-ups run side by side.",
    tools: 12,
    rubric: { split: true, independent: true, mostWork: false, noSharedState: false, simpleJoin: false },
    cost: { inputTokensPerTurn: 4000, outputTokensPerTurn: 300, sasTurns: 8 },
  },
  {
    id: "web-research",
    label: "Web research",
    why: "Search, fetch and answer over a read-only web: each constraint of the question can be looked up on its own, but the candidate must be verified by reading.",
    tools: 3,
    rubric: { split: true, independent: true, mostWork: true, noSharedState: true, simpleJoin: false },
    cost: { inputTokensPerTurn: 6000, outputTokensPerTurn: 600, sasTurns: 12 },
  },
  {
    id: "coding",
    label: "Coding",
    why: "Locate, edit and test form a dependent chain in one repository (a shared, changing state); only exploring the code parallelizes.",
    tools: 7,
    rubric: { split: true, independent: true, mostWork: false, noSharedState: false, simpleJoin: false },
    cost: { inputTokensPerTurn: 8000, outputTokensPerTurn: 1000, sasTurns: 20 },
  },
  {
    id: "data-analysis",
    label: "Data analysis",
    why: "Queries over a read-only dataset can run side by side, but most of the work is the analysis that follows them and the write-up that joins them.",
    tools: 4,
    rubric: { split: true, independent: true, mostWork: false, noSharedState: true, simpleJoin: false },
    cost: { inputTokensPerTurn: 5000, outputTokensPerTurn: 800, sasTurns: 10 },
  },
  {
    id: "document-processing",
    label: "Document processing",
    why: "Each document or section is read and extracted on its own, and the results are collected mechanically: nearly all the work splits.",
    tools: 2,
    rubric: { split: true, independent: true, mostWork: true, noSharedState: true, simpleJoin: true },
    cost: { inputTokensPerTurn: 6000, outputTokensPerTurn: 500, sasTurns: 4 },
  },
];

/** A preset as a change to the scenario: its tools, rubric-scored decomposability and cost inputs. */
export function presetPatch(preset: Preset): Partial<Record<ParameterKey, number>> {
  return { tools: preset.tools, decomposability: decomposabilityScore(preset.rubric), ...preset.cost };
}
