import type { Dataset } from "../../data/dataset";
import type { PaperFitName } from "../../data/schemas";
import { architectExamples } from "../architect/architect-examples";
import { taskDomain } from "../predict/extrapolation";
import { fitPaperModel } from "./paper-fit";
import { architectureCovariates, paperExamples } from "./paper-examples";
import type { PaperPredictor } from "./paper-predict";
import { paperFitRuns } from "../../data/row-sets";

/** Fits Eq. 1 to the paper's v2 or v3 runs for scenario predictions. */
export function fitPaperPredictor(dataset: Dataset, fit: PaperFitName): PaperPredictor {
  const runs = paperFitRuns(dataset.runs, fit);
  return {
    fit,
    model: fitPaperModel(paperExamples(runs, dataset)),
    covariates: Object.fromEntries(dataset.architectures.map((a) => [a.architecture, architectureCovariates(a)])),
    domain: taskDomain(architectExamples(runs, dataset)),
  };
}
