/**
 * The agent-count rule (docs/model.md section 3). No run varies agents within an architecture, so a
 * success curve over other counts is an extrapolation. It rests on three stated assumptions:
 * 1. The paper's turn law, fitted across architectures: turns(n) = 2.72 (n + 0.5)^1.724 (R² 0.974).
 * 2. One agent is the single agent: the gain over it is 0 at n = 1.
 * 3. A helpful architecture (gain > 0 at its measured count) gains like a log(n) - b o(n), with
 *    o(n) = turns(n)/turns(1) - 1 the coordination overhead, peaking at PEAK_AGENTS (paper Fig. 5:
 *    centralized and decentralized peak around 5-7 agents, then decline). A harmful one (gain <= 0)
 *    loses in proportion to log(1 + o(n)): harm grows with the turn multiplier, more slowly than it.
 * The curve passes through the measured point exactly; its uncertainty grows away from it.
 */

/** The paper's turn law turns(n) = scale · (n + offset)^exponent, with the R² the paper reports for it. */
export const TURN_LAW = { scale: 2.72, offset: 0.5, exponent: 1.724, r2: 0.974 } as const;
/** Agent count at which a helpful architecture's success peaks (paper Fig. 5: 5-7 agents). */
export const PEAK_AGENTS = 6;
/** Added standard deviation per doubling of agents away from the measured count. */
export const SD_PER_DOUBLING = 0.05;
/** Share of the rule's predicted change added as standard deviation (the curve's shape is assumed). */
export const SD_SHARE_OF_CHANGE = 0.5;

/**
 * Turns per task of an n-agent system by the paper's turn law.
 *
 * @example turnsAt(1) // ≈ 5.47
 */
export function turnsAt(agents: number): number {
  return TURN_LAW.scale * (agents + TURN_LAW.offset) ** TURN_LAW.exponent;
}

/**
 * Coordination overhead o(n) = turns(n)/turns(1) - 1.
 *
 * @example overheadAt(4) // ≈ 5.65
 */
export function overheadAt(agents: number): number {
  return turnsAt(agents) / turnsAt(1) - 1;
}

/**
 * Gain over the single agent at `agents`, given the gain `measuredGain` at `measuredAgents`.
 * Returns `measuredGain` exactly at the measured count and 0 at one agent.
 *
 * @example gainAtAgents(0.1, 4, 6) // ≈ 0.11 (the peak); gainAtAgents(-0.2, 3, 16) // ≈ -0.57
 */
export function gainAtAgents(measuredGain: number, measuredAgents: number, agents: number): number {
  return measuredGain * gainScale(measuredGain, measuredAgents, agents);
}

/**
 * The factor c the rule multiplies the measured gain by at `agents` (1 at the measured count, 0 at one
 * agent); it depends on the gain only through its sign.
 *
 * @example gainScale(0.1, 4, 6) // ≈ 1.10; gainScale(-0.2, 3, 16) // ≈ 2.83
 */
export function gainScale(measuredGain: number, measuredAgents: number, agents: number): number {
  if (agents === measuredAgents) return 1;
  if (measuredGain > 0) {
    const dOverhead = (TURN_LAW.exponent / (1 + TURN_LAW.offset)) * ((PEAK_AGENTS + TURN_LAW.offset) / (1 + TURN_LAW.offset)) ** (TURN_LAW.exponent - 1);
    const ratio = PEAK_AGENTS * dOverhead; // a / b from the peak condition a / n* = b o'(n*)
    const shape = (n: number) => ratio * Math.log(n) - overheadAt(n);
    return shape(agents) / shape(measuredAgents);
  }
  return Math.log1p(overheadAt(agents)) / Math.log1p(overheadAt(measuredAgents));
}

/**
 * Standard deviation the rule adds at `agents`: SD_PER_DOUBLING per doubling away from the measured
 * count plus SD_SHARE_OF_CHANGE of the largest change the rule predicts between the measured count and
 * `agents`, so that it never shrinks with distance (a curve that peaks and returns stays uncertain).
 * 0 at the measured count.
 *
 * @example agentCountSd(0.1, 4, 8) // ≈ 0.055
 */
export function agentCountSd(measuredGain: number, measuredAgents: number, agents: number): number {
  if (agents === measuredAgents) return 0;
  const doublings = Math.abs(Math.log2(agents / measuredAgents));
  const step = agents > measuredAgents ? 1 : -1;
  let change = 0;
  for (let n = measuredAgents + step; step > 0 ? n <= agents : n >= agents; n += step) {
    change = Math.max(change, Math.abs(gainAtAgents(measuredGain, measuredAgents, n) - measuredGain));
  }
  return SD_PER_DOUBLING * doublings + SD_SHARE_OF_CHANGE * change;
}

/** A quantity's mean and variance. */
export type Moments = { mean: number; variance: number };

/**
 * Moves a prediction at an architecture's measured agent count to another count by the agent-count
 * rule. With c the rule's gain scale (gainScale), the prediction is S + c (M - S) for the single-agent
 * level S and the measured-count prediction M, with variance
 * v(c) = (1 - c)² Var S + c² Var M + 2c(1 - c) Cov(S, M). Because the rule's shape is an assumption,
 * the variance never drops below its largest value between the measured count and `agents` (so the
 * interval widens with distance, docs/model.md section 3), and the rule's own SD adds in quadrature.
 * At the measured count it returns M unchanged.
 *
 * @example atAgents({ mean: 0.4, variance: 0 }, { mean: 0.5, variance: 0.01 }, 0, 4, 6) // { mean: ≈ 0.51, sd: ≈ 0.12 }
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
