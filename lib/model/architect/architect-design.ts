import { architectFeatureValues, type ArchitectTask, type FeatureName } from "./features";
import { applyScaler, type Scaler } from "../stats/standardize";
import { at } from "../stats/checked";

/** What turns a task and architecture into a design row: fitted once, stored with the model. */
export type ArchitectDesign = {
  /** Multi-agent architectures, in data order, e.g. ["independent", "centralized", ...]. */
  architectures: string[];
  /** Mean capability of the fitted rows (centres I). */
  meanCapability: number;
  /** The features used, in order (ARCHITECT_FEATURES for the app; ablations vary them). */
  features: FeatureName[];
  /** Column means and SDs of the raw features over the fitted multi-agent rows. */
  scaler: Scaler;
};

/** Standardized features [z_1..z_7] of a task. */
export function standardizedFeatures(design: ArchitectDesign, task: ArchitectTask): number[] {
  return applyScaler(design.scaler, architectFeatureValues(task, design.meanCapability, design.features));
}

/**
 * The pooled design row of a multi-agent run: [1, architecture indicators, shared slopes z,
 * per-architecture slope deviations (indicator x z)]. One architecture's coefficients are the
 * shared ones plus its deviations, so ridge pools architectures toward each other.
 */
export function pooledDesignRow(design: ArchitectDesign, architecture: string, task: ArchitectTask): number[] {
  const z = standardizedFeatures(design, task);
  const index = design.architectures.indexOf(architecture);
  if (index < 0) throw new RangeError(`architecture "${architecture}" is not modelled (${design.architectures.join(", ")})`);
  const a = design.architectures.length;
  const f = z.length;
  // Preallocated and filled in place: the permutation test builds this row hundreds of thousands of times.
  const row = new Array<number>(1 + a + f + a * f).fill(0);
  row[0] = 1;
  row[1 + index] = 1;
  for (let j = 0; j < f; j++) {
    row[1 + a + j] = z[j] as number;
    row[1 + a + f + index * f + j] = z[j] as number;
  }
  return row;
}

/** Relative penalty on architecture intercept offsets: light, since architectures clearly differ in level. */
export const INTERCEPT_OFFSET_PENALTY = 0.01;

/** Ridge penalties of the pooled design: intercept free, offsets light, shared slopes lambda, deviations kappa·lambda. */
export function pooledPenalties(design: ArchitectDesign, lambda: number, kappa: number): number[] {
  const a = design.architectures.length;
  const f = design.features.length;
  return [0, ...Array<number>(a).fill(lambda * INTERCEPT_OFFSET_PENALTY), ...Array<number>(f).fill(lambda), ...Array<number>(a * f).fill(lambda * kappa)];
}

/**
 * Collapses pooled coefficients (and their covariance) to one architecture's effective
 * [intercept, slope_1..slope_f] on the standardized features: the identified quantities a
 * prediction uses.
 */
export function effectiveCoefficients(
  design: ArchitectDesign,
  architecture: string,
  pooled: readonly number[],
  pooledCovariance: readonly (readonly number[])[],
): { coefficients: number[]; covariance: number[][] } {
  const a = design.architectures.length;
  const i = design.architectures.indexOf(architecture);
  const FEATURES = design.features.length;
  // Row r of the map L picks the pooled entries that sum to effective coefficient r.
  const picks: number[][] = [[0, 1 + i], ...Array.from({ length: FEATURES }, (_, j) => [1 + a + j, 1 + a + FEATURES + i * FEATURES + j])];
  const coefficients = picks.map((p) => p.reduce((s, k) => s + at(pooled, k), 0));
  const covariance = picks.map((p) => picks.map((q) => p.reduce((s, k) => s + q.reduce((t, l) => t + at(at(pooledCovariance, k), l), 0), 0)));
  return { coefficients, covariance };
}
