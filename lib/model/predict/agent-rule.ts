import { agentCountSd, gainScale } from "./agent-count";

/** A quantity's mean and variance. */
export type Moments = { mean: number; variance: number };

/**
 * Moves a prediction at an architecture's measured agent count to another count by the agent-count
 * rule. With c the rule's gain scale (gainScale), the prediction is S + c (M - S) for the single-agent
 * level S and the measured-count prediction M, with variance
 * v(c) = (1 - c)² Var S + c² Var M + 2c(1 - c) Cov(S, M). Because the rule's shape is an assumption,
 * the variance never drops below its largest value between the measured count and `agents` (so the
 * interval widens with distance, MODEL.md section 3), and the rule's own SD adds in quadrature.
 * At the measured count it returns M unchanged.
 *
 * @example atAgents({ mean: 0.4, variance: 0 }, { mean: 0.5, variance: 0.01 }, 0, 4, 6) // { mean: 0.51, sd: ≈ 0.12 }
 */
export function atAgents(single: Moments, measured: Moments, covariance: number, measuredAgents: number, agents: number): { mean: number; sd: number } {
  const gain = measured.mean - single.mean;
  const propagated = (n: number) => {
    const c = gainScale(gain, measuredAgents, n);
    return (1 - c) ** 2 * single.variance + c ** 2 * measured.variance + 2 * c * (1 - c) * covariance;
  };
  let variance = measured.variance;
  const step = agents > measuredAgents ? 1 : -1;
  for (let n = measuredAgents + step; n !== agents + step && agents !== measuredAgents; n += step) variance = Math.max(variance, propagated(n));
  const c = gainScale(gain, measuredAgents, agents);
  return { mean: single.mean + c * gain, sd: Math.sqrt(Math.max(0, variance) + agentCountSd(gain, measuredAgents, agents) ** 2) };
}
