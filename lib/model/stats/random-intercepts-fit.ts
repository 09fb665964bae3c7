import { mean, quantile } from "simple-statistics";
import { type BenchmarkSlope, type RandomEffects } from "./random-intercepts";
import { Z90 } from "./normal";
import { at, field } from "./checked";

/**
 * Estimates random group effects from in-sample residuals: within-group variance pooled over groups,
 * between-group variance = mean(group mean²) - mean(within / rows), floored at 0.
 *
 * @example estimateRandomEffects([0.1, 0.1, -0.1, -0.1], ["a", "a", "b", "b"]).betweenVariance // 0.01 (to 1e-12)
 */
export function estimateRandomEffects(residuals: readonly number[], groupOf: readonly string[]): RandomEffects {
  const sums = new Map<string, { sum: number; rows: number }>();
  residuals.forEach((r, i) => {
    const key = at(groupOf, i);
    const entry = sums.get(key) ?? { sum: 0, rows: 0 };
    entry.sum += r;
    entry.rows += 1;
    sums.set(key, entry);
  });
  const groups: RandomEffects["groups"] = {};
  for (const [key, { sum, rows }] of sums) groups[key] = { meanResidual: sum / rows, rows };
  let within = 0;
  residuals.forEach((r, i) => {
    within += (r - field(groups, at(groupOf, i)).meanResidual) ** 2;
  });
  const withinVariance = within / Math.max(residuals.length - sums.size, 1);
  const effects = Object.values(groups);
  const meanSquare = mean(effects.map((g) => g.meanResidual ** 2));
  const noise = mean(effects.map((g) => withinVariance / g.rows));
  return { groups, withinVariance, betweenVariance: Math.max(0, meanSquare - noise) };
}

/**
 * A normal standard deviation whose 90% interval covers 90% of `errors`: the 90th percentile of
 * |error| divided by z = 1.645. Robust to the heavy tails of out-of-benchmark errors.
 *
 * @example scaleFromErrors([0.1, -0.1, 0.2, -0.2]) // ≈ 0.122
 */
export function scaleFromErrors(errors: readonly number[]): number {
  return quantile(errors.map(Math.abs), 0.9) / Z90;
}

/**
 * Per-benchmark random slopes on P, estimated from residuals (two-stage): within each benchmark the
 * residuals are regressed on P - mean P after removing each group's mean (`groupOf`, e.g. benchmark x
 * architecture), the slope's sampling variance is sigma²/Sxx, the slopes' own variance is estimated by
 * the method of moments, and each slope is shrunk by tau²/(tau² + SE²).
 */
export function estimateBenchmarkSlopes(
  residuals: readonly number[],
  groupOf: readonly string[],
  benchmarkOf: readonly string[],
  baselineOf: readonly number[],
): Record<string, BenchmarkSlope> {
  const benchmarks = [...new Set(benchmarkOf)];
  const groupMean = (values: readonly number[], members: readonly number[]) => {
    const sums = new Map<string, { sum: number; n: number }>();
    for (const i of members) {
      const e = sums.get(at(groupOf, i)) ?? { sum: 0, n: 0 };
      e.sum += at(values, i);
      e.n += 1;
      sums.set(at(groupOf, i), e);
    }
    return (i: number) => {
      const e = sums.get(at(groupOf, i));
      return e === undefined ? 0 : e.sum / e.n;
    };
  };
  const raw = benchmarks.map((benchmark) => {
    const members = benchmarkOf.flatMap((b, i) => (b === benchmark ? [i] : []));
    const center = members.reduce((s, i) => s + at(baselineOf, i), 0) / members.length;
    const rBar = groupMean(residuals, members);
    const pBar = groupMean(baselineOf, members);
    let sxy = 0;
    let sxx = 0;
    for (const i of members) {
      const x = at(baselineOf, i) - pBar(i);
      sxy += x * (at(residuals, i) - rBar(i));
      sxx += x * x;
    }
    const slope = sxx > 0 ? sxy / sxx : 0;
    let rss = 0;
    for (const i of members) rss += (at(residuals, i) - rBar(i) - slope * (at(baselineOf, i) - pBar(i))) ** 2;
    const groups = new Set(members.map((i) => groupOf[i])).size;
    const sigma2 = rss / Math.max(members.length - groups - 1, 1);
    return { benchmark, center, slope, se2: sxx > 0 ? sigma2 / sxx : Infinity };
  });
  const finite = raw.filter((r) => Number.isFinite(r.se2));
  const tau2 = finite.length === 0 ? 0 : Math.max(0, mean(finite.map((r) => r.slope ** 2 - r.se2)));
  return Object.fromEntries(
    raw.map((r) => [r.benchmark, { center: r.center, slope: Number.isFinite(r.se2) && tau2 > 0 ? (tau2 / (tau2 + r.se2)) * r.slope : 0 }]),
  );
}
