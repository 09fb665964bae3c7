import { predictArchitect } from "../architect/predict";
import { predictPaperDesign } from "../paper/predict";
import type { FitName, FittedModels } from "./fitted-models";
import type { SuccessPrediction } from "./prediction";

/** What to predict: a task (baseline null = estimate it), a design, and which model answers. */
export type DesignQuery = {
  task: { tools: number; decomposability: number; capability: number; baseline: number | null };
  architecture: string;
  agents: number;
  fit: FitName;
};

/** One design's success prediction from the chosen model. Browser-safe: no fitting code. */
export function predictDesign(models: FittedModels, query: DesignQuery): SuccessPrediction {
  if (query.fit === "architect") return predictArchitect(models.architect, query);
  const predictor = query.fit === "paper-v3" ? models.paper.v3 : models.paper.v2;
  return predictPaperDesign(predictor, models.architect.baselineModel, query);
}
