import type { PaperFitName } from "../../data/schemas";
import type { ArchitectModel } from "../architect/architect-fit";
import { DEFAULT_EVIDENCE, type EvidenceChoice } from "../architect/evidence-choice";
import type { CostArchitecture } from "../cost/design-cost";
import type { PaperPredictor } from "../paper/paper-predict";

/** Revision of the models' form: bump it when a change in code changes any prediction for the same data. */
export const MODEL_REVISION = 4;

/** Every model the app predicts with, fitted once (serving/fit-models.ts): plain JSON, pinned to the data version. */
export type FittedModels = {
  dataVersion: string;
  /** The data version and model revision, e.g. "e1813ac7a384.1": share links carry it. */
  versionKey: string;
  /** The architect's model, fitted to the default evidence: Kim et al.'s 260 v3 runs and the other studies' matched cells. */
  architect: ArchitectModel;
  /** The architect's model fitted to each other evidence choice (evaluations only, Kim et al. only). */
  evidenceModels: Record<Exclude<EvidenceChoice, typeof DEFAULT_EVIDENCE>, ArchitectModel>;
  paper: Record<PaperFitName, PaperPredictor>;
  /** Each architecture's Table 5 turns and measured agent count, for the cost model. */
  costArchitectures: Record<string, CostArchitecture>;
  /** Correlation of single- and multi-agent outcomes on the same task (architect/task-correlation.ts): the noise correlation of paired pilots. */
  taskCorrelation: number;
};

/**
 * The architect's model fitted to an evidence choice.
 *
 * @example architectFor(models, "all") === models.architect // true
 */
export function architectFor(models: Pick<FittedModels, "architect" | "evidenceModels">, evidence: EvidenceChoice): ArchitectModel {
  return evidence === DEFAULT_EVIDENCE ? models.architect : models.evidenceModels[evidence];
}

/** The models a design can be predicted with: the architect's model (default) or Eq. 1 fitted to v3 or v2. */
export const FITS = ["architect", "paper-v3", "paper-v2"] as const;
export type FitName = (typeof FITS)[number];

/** The calculator's prediction models, each with or without a measured pilot: which held-out record a recommendation carries. */
export const RELIABILITY_KEYS = [
  "architect-pilot",
  "architect-no-pilot",
  "paper-v3-pilot",
  "paper-v3-no-pilot",
  "paper-v2-pilot",
  "paper-v2-no-pilot",
] as const;
export type ReliabilityKey = (typeof RELIABILITY_KEYS)[number];

/**
 * The key that pins links and figures to data and model.
 *
 * @example versionKey("e1813ac7a384") // "e1813ac7a384.4"
 */
export function versionKey(dataVersion: string): string {
  return `${dataVersion}.${MODEL_REVISION}`;
}

/** How many runs each prediction model was fitted to, e.g. { architect: 260, "paper-v3": 260, "paper-v2": 180 }. */
export function fittedRuns(models: FittedModels): Record<FitName, number> {
  return { architect: models.architect.rows, "paper-v3": models.paper.v3.model.rows, "paper-v2": models.paper.v2.model.rows };
}
