import assert from "node:assert/strict";
import { test } from "node:test";
import type { CostedPrediction } from "../scenario/predict-scenario";
import { agentCountAnswer } from "./agent-count";

const design = (architecture: string, agents: number, successRate: number, measured: boolean) =>
  ({ architecture, agents, successRate, measured }) as unknown as CostedPrediction;
const label = (a: string) => a.toUpperCase();

test("the card's count is the measured one, and the chart's higher extrapolated peak is named as not recommended", () => {
  const recommended = design("hybrid", 4, 0.6, true);
  const grid = [design("single", 1, 0.5, true), recommended, design("hybrid", 6, 0.66, false), design("hybrid", 8, 0.62, false)];
  const answer = agentCountAnswer(grid, recommended, label);
  assert.deepEqual(answer.peak, { architecture: "hybrid", agents: 6, successRate: 0.66 });
  assert.equal(
    answer.sentence,
    "Agent count: 4, the count HYBRID was measured with. Other counts are extrapolated by the agent-count rule, not measured, and are never recommended. The agents chart's highest point, HYBRID with 6 agents (66%, +6.0 points over the recommended design), is such an extrapolation: no run measured it, so it is not recommended.",
  );
});

test("when no extrapolated count is predicted higher, the card says so", () => {
  const recommended = design("hybrid", 4, 0.7, true);
  const answer = agentCountAnswer([recommended, design("hybrid", 6, 0.66, false)], recommended, label);
  assert.match(answer.sentence, /No extrapolated count is predicted above it either\.$/);
});

test("a single-agent call answers one agent", () => {
  const recommended = design("single", 1, 0.8, true);
  assert.match(agentCountAnswer([recommended, design("hybrid", 6, 0.66, false)], recommended, label).sentence, /^Agent count: 1\./);
});
