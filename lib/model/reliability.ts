import type { Dataset } from "../data/dataset";
import { processCached } from "../process-cache";
import type { PaperFitName } from "../data/schemas";
import { paperFitRuns } from "./paper-reproduction";
import { heldOutPredictions } from "./validation";
import { decisionScores, type DecisionScores } from "./validation-decisions";
import { architectPredictor, paperModel } from "./validation-models";

/** Which of the calculator's models a reliability figure is for: the fit, and for the architect, the pilot. */
export type ReliabilityKey = "architect-pilot" | "architect-no-pilot" | "paper-v3" | "paper-v2";

/** How often a model's recommendations were right on benchmarks held out of its fit. */
export type Reliability = Record<ReliabilityKey, DecisionScores & { rows: PaperFitName }>;

/**
 * Leave-one-benchmark-out decision scores of every model the calculator offers, on the runs it is
 * fitted to (architect and paper v3: the 260 v3 runs; paper v2: the 180 v2 runs). These are the figures
 * the recommendation quotes as "how often such recommendations were right".
 */
export function decisionReliability(dataset: Dataset): Reliability {
  const architectures = dataset.architectures.map((a) => a.architecture);
  const score = (rows: PaperFitName, prepare: typeof paperModel.prepare) => {
    const runs = paperFitRuns(dataset.runs, rows);
    const held = heldOutPredictions(prepare(runs, dataset), runs.map((r) => r.benchmark), "lobo");
    return { ...decisionScores(runs, held.map((h) => h.decisionMean ?? h.mean), architectures), rows };
  };
  return {
    "architect-pilot": score("v3", architectPredictor(true)),
    "architect-no-pilot": score("v3", architectPredictor(false)),
    "paper-v3": score("v3", paperModel.prepare),
    "paper-v2": score("v2", paperModel.prepare),
  };
}

/** decisionReliability, once per data version per process. */
export function cachedReliability(dataset: Dataset): Reliability {
  return processCached("reliability", dataset.version, () => decisionReliability(dataset));
}
