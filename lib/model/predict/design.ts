import { architectPilotsPredictor, type DesignPredictor } from "../architect/predict";
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
  return designPredictor(models, query)(query.architecture, query.agents);
}

/**
 * predictDesign for many designs of one task and model: what every design of the task shares (the
 * baseline, each architecture's measured level, the fusion with pilots) is computed once. Each design
 * comes out exactly as predictDesign gives it.
 */
export function designPredictor(models: FittedModels, query: Omit<DesignQuery, "architecture" | "agents">): DesignPredictor {
  if (query.fit === "architect") {
    const model = architectFor(models, query.evidence ?? DEFAULT_EVIDENCE);
    return architectPilotsPredictor(model, query.task, query.like ?? undefined, query.pilots ?? [], models.taskCorrelation);
  }
  const predictor = query.fit === "paper-v3" ? models.paper.v3 : models.paper.v2;
  // Eq. 1 has no joint distribution to fuse pilots with; it takes a single-agent pilot as its baseline.
  const single = query.pilots?.find((p) => p.architecture === "single");
  const task = single === undefined ? query.task : { ...query.task, baseline: pilotRate(single), baselineTasks: single.tasks };
  return (architecture, agents) => predictPaperDesign(predictor, models.architect.baselineModel, { ...query, task, architecture, agents });
}
