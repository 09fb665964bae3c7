import assert from "node:assert/strict";
import { test } from "node:test";
import { reasonText } from "./extrapolation-text";

test("each extrapolation reason reads as one plain clause", () => {
  assert.equal(reasonText({ kind: "outside", input: "tools", value: 40, range: [2, 16] }), "tools 40 is outside the runs' 2-16");
  assert.equal(
    reasonText({ kind: "outside", input: "decomposability", value: 0.95, range: [0.2, 0.8] }),
    "decomposability 0.95 is outside the benchmarks' 0.2-0.8",
  );
  assert.equal(reasonText({ kind: "outside", input: "capability", value: 90, range: [42, 71] }), "capability index 90 is outside the fitted runs' 42-71");
  assert.equal(
    reasonText({ kind: "outside", input: "baseline", value: 0.9, range: [0.1234, 0.8] }),
    "single-agent baseline 90% is outside the measured single-agent runs' 12%-80%",
  );
  assert.equal(
    reasonText({ kind: "agents", architecture: "decentralized", agents: 7, measuredAgents: 3 }),
    "7 agents: the runs measured decentralized only with 3; other counts follow the agent-count rule",
  );
  assert.equal(
    reasonText({ kind: "far-from-benchmarks", tools: 1, decomposability: 0.333, nearest: { benchmark: "workbench", tools: 16, decomposability: 0.3 } }),
    "no stored benchmark combines 1 tool with decomposability 0.33 (nearest: workbench, 16 tools, 0.3)",
  );
});
