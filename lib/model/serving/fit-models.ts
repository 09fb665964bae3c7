import type { Dataset } from "../../data/dataset";
import { evidenceExamples } from "../architect/architect-examples";
import { DEFAULT_EVIDENCE } from "../architect/evidence-choice";
import { fitArchitect } from "../architect/architect-fit";
import { taskCorrelation } from "../architect/task-correlation";
import { costArchitectures } from "../cost/design-cost";
import { fitPaperPredictor } from "../paper/predictor-fit";
import { versionKey, type FittedModels } from "../choose/fitted-models";
import { computedOnce } from "./disk-cache";

/** Fits the architect's model (to the default evidence) and both of the paper's fits to the stored runs. */
export function fitModels(dataset: Dataset): FittedModels {
  const agents = Object.fromEntries(dataset.architectures.map((a) => [a.architecture, a.agents]));
  return {
    dataVersion: dataset.version,
    versionKey: versionKey(dataset.version),
    architect: fitArchitect(evidenceExamples(dataset, DEFAULT_EVIDENCE), agents),
    evidenceModels: {
      evaluations: fitArchitect(evidenceExamples(dataset, "evaluations"), agents),
      kim: fitArchitect(evidenceExamples(dataset, "kim"), agents),
    },
    paper: { v2: fitPaperPredictor(dataset, "v2"), v3: fitPaperPredictor(dataset, "v3") },
    costArchitectures: costArchitectures(dataset.architectures),
    taskCorrelation: taskCorrelation(dataset.taskResults).phi,
  };
}

/**
 * The fitted models every interface serves (the pages, the CLI, and an API route or MCP server to come):
 * fitModels, once per data version per process, and, in bundled code (the CLI bundle), kept on disk per
 * data version, MODEL_REVISION and code (disk-cache.ts), so a new process reads the fit instead of
 * refitting.
 */
export function cachedModels(dataset: Dataset): FittedModels {
  return computedOnce("models", dataset.version, () => fitModels(dataset));
}
