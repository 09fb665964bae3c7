import { wholePercent } from "../format/numbers";
import type { CostedPrediction } from "../scenario/predict-scenario";
import { counted, signedPoints } from "../format/words";

/** The card's one agent-count answer: the recommended count and why no other count is recommended. */
export type AgentCountAnswer = {
  agents: number;
  /** The highest-predicted extrapolated design (any multi-agent architecture, any unmeasured count), if any. */
  peak: { architecture: string; agents: number; successRate: number } | null;
  sentence: string;
};

const points = (x: number) => signedPoints(100 * x);
const agentsText = (n: number) => `${counted(n, "agent")}`;

/**
 * Why the recommended count: only measured agent counts are recommended, because every other count is
 * the agent-count rule's extrapolation; names the extrapolated peak the agents chart shows, so the
 * chart's highest point and the card's count cannot read as two answers.
 */
export function agentCountAnswer(grid: readonly CostedPrediction[], recommended: CostedPrediction, label: (architecture: string) => string): AgentCountAnswer {
  const extrapolated = grid.filter((d) => !d.measured && d.architecture !== "single");
  const peakDesign = extrapolated.reduce<CostedPrediction | null>((best, d) => (best === null || d.successRate > best.successRate ? d : best), null);
  const peak = peakDesign === null ? null : { architecture: peakDesign.architecture, agents: peakDesign.agents, successRate: peakDesign.successRate };
  const peakText =
    peak === null
      ? ""
      : peak.successRate > recommended.successRate
        ? ` The agents chart's highest point, ${label(peak.architecture)} with ${agentsText(peak.agents)} (${wholePercent(peak.successRate)}, ${points(peak.successRate - recommended.successRate)} over the recommended design), is such an extrapolation: no run measured it, so it is not recommended.`
        : " No extrapolated count is predicted above it either.";
  const sentence =
    recommended.architecture === "single"
      ? `Agent count: 1. Multi-agent designs are compared at the counts they were measured with; other counts are extrapolated by the agent-count rule and never recommended.${peakText}`
      : `Agent count: ${recommended.agents}, the count ${label(recommended.architecture)} was measured with. Other counts are extrapolated by the agent-count rule, not measured, and are never recommended.${peakText}`;
  return { agents: recommended.agents, peak, sentence };
}
