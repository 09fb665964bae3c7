import { groupEffect, type BenchmarkSlope, type RandomEffects } from "../stats/random-intercepts";

/** The shrunken effect of a seen benchmark on an architecture at baseline P (null for an unseen one). */
export function seenBenchmarkEffect(
  fitted: { effects: RandomEffects; slopes: Record<string, BenchmarkSlope> },
  benchmark: string,
  architecture: string,
  baseline: number,
): number | null {
  const intercept = groupEffect(fitted.effects, `${benchmark}/${architecture}`);
  if (intercept === null) return null;
  const slope = fitted.slopes[benchmark];
  return intercept.effect + (slope === undefined ? 0 : slope.slope * (baseline - slope.center));
}
