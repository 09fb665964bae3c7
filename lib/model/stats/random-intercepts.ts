/** Per-group residual means with the variance components that shrink them (a random-intercept model). */
export type RandomEffects = {
  /** Mean in-sample residual and row count per group key (e.g. "finance-agent/centralized"). */
  groups: Record<string, { meanResidual: number; rows: number }>;
  /** Residual variance within groups. */
  withinVariance: number;
  /** Variance of the group effects (method of moments, floored at 0). */
  betweenVariance: number;
};

/**
 * The shrunken effect of a known group and the variance left around it (BLUP):
 * effect = k · mean residual, k = n tau² / (n tau² + sigma²); variance = sigma² + tau² sigma² / (n tau² + sigma²).
 * Returns null for a group the fit has not seen.
 */
export function groupEffect(effects: RandomEffects, key: string): { effect: number; variance: number } | null {
  const group = effects.groups[key];
  if (group === undefined) return null;
  const tau2 = effects.betweenVariance;
  const sigma2 = effects.withinVariance;
  const denominator = group.rows * tau2 + sigma2;
  if (denominator <= 0) return { effect: 0, variance: sigma2 };
  return { effect: ((group.rows * tau2) / denominator) * group.meanResidual, variance: sigma2 + (tau2 * sigma2) / denominator };
}

/** A benchmark's own slope on the baseline P, shrunk toward zero, and the P it is centred on. */
export type BenchmarkSlope = { slope: number; center: number };
