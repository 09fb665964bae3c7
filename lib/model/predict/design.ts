import { predictArchitectWithPilots } from "../architect/predict";
import { pilotRate, type Pilot } from "./pilots";
import { predictPaperDesign } from "../paper/predict";
import { architectFor, DEFAULT_EVIDENCE, type EvidenceChoice, type FitName, type FittedModels } from "./fitted-models";
import type { SuccessPrediction } from "./prediction";

/** What to predict: a task (baseline null = estimate it), a design, and which model answers. */
export type DesignQuery = {
  /** `baselineTasks`: how many tasks a measured baseline ran (default PILOT_TASKS), for its sampling noise. */
  task: { tools: number; decomposability: number; capability: number; baseline: number | null; baselineTasks?: number };
  architecture: string;
  agents: number;
  fit: FitName;
  /** Which studies the architect's model learned from (default: all). */
  evidence?: EvidenceChoice;
  /** A benchmark of the evidence the task resembles: its measured effects apply (architect's model only). */
  like?: string | null;
  /** The architect's own pilots, fused with the architect's model (the paper's Eq. 1 has no joint distribution to fuse them with). */
  pilots?: readonly Pilot[];
};

/** One design's success prediction from the chosen model. Browser-safe: no fitting code. */
export function predictDesign(models: FittedModels, query: DesignQuery): SuccessPrediction {
  if (query.fit === "architect") {
    const model = architectFor(models, query.evidence ?? DEFAULT_EVIDENCE);
    return predictArchitectWithPilots(model, { ...query, benchmark: query.like ?? undefined }, query.pilots ?? [], models.taskCorrelation);
  }
  const predictor = query.fit === "paper-v3" ? models.paper.v3 : models.paper.v2;
  // Eq. 1 has no joint distribution to fuse pilots with; it takes a single-agent pilot as its baseline.
  const single = query.pilots?.find((p) => p.architecture === "single");
  return predictPaperDesign(predictor, models.architect.baselineModel, single === undefined ? query : { ...query, task: { ...query.task, baseline: pilotRate(single), baselineTasks: single.tasks } });
}
