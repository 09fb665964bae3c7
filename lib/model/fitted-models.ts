import type { Dataset } from "../data/dataset";
import type { PaperFitName } from "../data/schemas";
import { architectExamples } from "./architect-examples";
import { fitArchitect, type ArchitectModel } from "./architect-fit";
import { predictArchitect } from "./architect-predict";
import { fitPaperPredictor, predictPaperDesign, type PaperPredictor } from "./paper-predict";
import { paperFitRuns } from "./paper-reproduction";
import type { SuccessPrediction } from "./prediction";

/** Every model the app predicts with, fitted once: plain JSON, pinned to the data version. */
export type FittedModels = {
  dataVersion: string;
  /** The architect's model, fitted to the paper's 260 v3 runs (the set its validation figures describe). */
  architect: ArchitectModel;
  paper: Record<PaperFitName, PaperPredictor>;
};

/** Fits the architect's model and both of the paper's fits to the stored runs. */
export function fitModels(dataset: Dataset): FittedModels {
  const agents = Object.fromEntries(dataset.architectures.map((a) => [a.architecture, a.agents]));
  return {
    dataVersion: dataset.version,
    architect: fitArchitect(architectExamples(paperFitRuns(dataset.runs, "v3"), dataset), agents),
    paper: { v2: fitPaperPredictor(dataset, "v2"), v3: fitPaperPredictor(dataset, "v3") },
  };
}

/** What to predict: a task (baseline null = estimate it), a design, and which model answers. */
export type DesignQuery = {
  task: { tools: number; decomposability: number; capability: number; baseline: number | null };
  architecture: string;
  agents: number;
  fit: "architect" | "paper-v3" | "paper-v2";
};

/** One design's success prediction from the chosen model. */
export function predictDesign(models: FittedModels, query: DesignQuery): SuccessPrediction {
  if (query.fit === "architect") return predictArchitect(models.architect, query);
  const predictor = query.fit === "paper-v3" ? models.paper.v3 : models.paper.v2;
  return predictPaperDesign(predictor, models.architect.baselineModel, query);
}
