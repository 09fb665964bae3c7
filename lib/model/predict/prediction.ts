import type { ExtrapolationReason } from "./extrapolation";
import { Z90 } from "../stats/normal";
/** A success prediction for one design, shared by every model (architect, paper, naive). */
export type SuccessPrediction = {
  architecture: string;
  agents: number;
  /** Predicted success rate in [0, 1]. */
  successRate: number;
  /** 90% prediction interval, clipped to [0, 1]. */
  interval: [number, number];
  /** Normal SD behind the interval (interval = successRate ± 1.645 sd, clipped). */
  sd: number;
  /** Whether the prediction leaves the region the fitted runs cover; `reasons` says how. */
  extrapolated: boolean;
  reasons: ExtrapolationReason[];
  /** The single-agent baseline used: measured (a pilot) or estimated, with its SD. */
  baseline: { value: number; estimated: boolean; sd: number };
  /**
   * Covariance of this design's success with the single agent's, where the model knows it (fused with
   * pilots, whose shared tasks and shared task effect correlate the designs); absent: taken as 0.
   */
  covarianceWithSingle?: number;
};

/** Clips to [0, 1]. */
export const clip01 = (x: number) => Math.min(1, Math.max(0, x));

/**
 * Tasks a measured pilot is assumed to have run, for the sampling noise of a measured baseline:
 * the size of the paper's larger benchmarks (100 tasks; data/benchmarks.csv).
 */
export const PILOT_TASKS = 100;

/**
 * SD of a success rate measured on `tasks` tasks (binomial).
 *
 * @example pilotSd(0.5) // 0.05
 */
export function pilotSd(rate: number, tasks = PILOT_TASKS): number {
  return Math.sqrt((clip01(rate) * (1 - clip01(rate))) / tasks);
}

/**
 * Assembles a prediction from a mean and normal SD. The mean is clipped to [0, 1] first, so a linear
 * mean far past 1 does not leave a falsely narrow interval; the interval is mean ± 1.645 sd, clipped.
 */
export function toPrediction(p: Omit<SuccessPrediction, "successRate" | "interval" | "extrapolated"> & { mean: number }): SuccessPrediction {
  const center = clip01(p.mean);
  return {
    architecture: p.architecture,
    agents: p.agents,
    successRate: center,
    interval: [clip01(center - Z90 * p.sd), clip01(center + Z90 * p.sd)],
    sd: p.sd,
    extrapolated: p.reasons.length > 0,
    reasons: p.reasons,
    baseline: p.baseline,
    ...(p.covarianceWithSingle === undefined ? {} : { covarianceWithSingle: p.covarianceWithSingle }),
  };
}
