import type { PaperFitName } from "../../data/schemas";
import type { ArchitectModel } from "../architect/fit";
import type { CostArchitecture } from "../cost/design-cost";
import { predictArchitect } from "../architect/predict";
import { predictPaperDesign, type PaperPredictor } from "../paper/predict";
import type { SuccessPrediction } from "./prediction";

/** Revision of the models' form: bump it when a change in code changes any prediction for the same data. */
export const MODEL_REVISION = 1;

/** Every model the app predicts with, fitted once: plain JSON, pinned to the data version. */
export type FittedModels = {
  dataVersion: string;
  /** The data version and model revision, e.g. "e1813ac7a384.1": share links carry it. */
  versionKey: string;
  /** The architect's model, fitted to the paper's 260 v3 runs (the set its validation figures describe). */
  architect: ArchitectModel;
  paper: Record<PaperFitName, PaperPredictor>;
  /** Each architecture's Table 5 turns and measured agent count, for the cost model. */
  costArchitectures: Record<string, CostArchitecture>;
};

/** The key that pins links and figures to data and model, e.g. versionKey("e1813ac7a384") // "e1813ac7a384.1". */
export function versionKey(dataVersion: string): string {
  return `${dataVersion}.${MODEL_REVISION}`;
}

/** What to predict: a task (baseline null = estimate it), a design, and which model answers. */
export type DesignQuery = {
  task: { tools: number; decomposability: number; capability: number; baseline: number | null };
  architecture: string;
  agents: number;
  fit: "architect" | "paper-v3" | "paper-v2";
};

/** How many runs each prediction model was fitted to, e.g. { architect: 260, "paper-v3": 260, "paper-v2": 180 }. */
export function fittedRuns(models: FittedModels): Record<DesignQuery["fit"], number> {
  return { architect: models.architect.rows, "paper-v3": models.paper.v3.model.rows, "paper-v2": models.paper.v2.model.rows };
}

/** One design's success prediction from the chosen model. Browser-safe: no fitting code. */
export function predictDesign(models: FittedModels, query: DesignQuery): SuccessPrediction {
  if (query.fit === "architect") return predictArchitect(models.architect, query);
  const predictor = query.fit === "paper-v3" ? models.paper.v3 : models.paper.v2;
  return predictPaperDesign(predictor, models.architect.baselineModel, query);
}
