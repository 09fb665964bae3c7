import { agentCountSd, gainAtAgents } from "./agent-count";

/**
 * Moves a prediction at an architecture's measured agent count to another count by the agent-count
 * rule: the gain over `singleLevel` follows gainAtAgents, and the rule's own SD adds in quadrature.
 * At the measured count it returns the inputs unchanged.
 *
 * @example atAgents(0.4, { mean: 0.5, sd: 0.1 }, 4, 6) // { mean: 0.51, sd: 0.105 }
 */
export function atAgents(singleLevel: number, measured: { mean: number; sd: number }, measuredAgents: number, agents: number): { mean: number; sd: number } {
  const gain = measured.mean - singleLevel;
  return {
    mean: singleLevel + gainAtAgents(gain, measuredAgents, agents),
    sd: Math.sqrt(measured.sd ** 2 + agentCountSd(gain, measuredAgents, agents) ** 2),
  };
}
