import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { evidenceSummary, matchedSuccessCells } from "./evidence-summary";
import { BASELINE_RUN, evidenceTables, VOTE_RUN } from "./evidence-fixtures";
import { loadDataset } from "./load";

describe("matchedSuccessCells on synthetic evidence", () => {
  test("a baseline with a matched multi-agent run is one cell; self-refinement and F1 rows add none", () => {
    const refine = { ...VOTE_RUN, method: "Self-Refine", architecture: "single-iterative", agents: "2" };
    const f1 = { ...BASELINE_RUN, metric: "f1", success_like: "false" };
    const f1Vote = { ...VOTE_RUN, metric: "f1", success_like: "false" };
    const cells = matchedSuccessCells(evidenceTables([BASELINE_RUN, VOTE_RUN, refine, f1, f1Vote]));
    assert.deepEqual(cells, [{ study: "s1", benchmark: "b1", model: "m1", baseline: 0.5, designs: [{ method: "Vote", architecture: "independent", agents: 5, successRate: 0.6 }] }]);
  });

  test("a baseline whose only companion is self-refinement is no matched cell", () => {
    const refine = { ...VOTE_RUN, method: "Self-Refine", architecture: "single-iterative", agents: "2" };
    assert.deepEqual(matchedSuccessCells(evidenceTables([BASELINE_RUN, refine])), []);
  });
});

describe("evidenceSummary", () => {
  test("counts a design that runs with several agent counts", () => {
    const vote3 = { ...VOTE_RUN, agents: "3", setting: "3 agents", value: "0.55", printed: "55.0" };
    const summary = evidenceSummary(evidenceTables([BASELINE_RUN, VOTE_RUN, vote3]));
    assert.equal(summary.studies, 2);
    assert.deepEqual(summary.cellsByStudy, { s1: 1 });
    assert.deepEqual(summary.agentCountVariation.s1, { designs: 1, designsVaryingAgents: 1, agentsByArchitecture: { independent: [3, 5] } });
  });

  test("the stored evidence: the documented examples and the issue's targets (5 studies, 12 benchmarks)", () => {
    const data = loadDataset();
    const summary = evidenceSummary(data);
    assert.equal(summary.studies, 11);
    assert.equal(matchedSuccessCells(data).filter((c) => c.study === "kim-2512.08296").length, 54);
    assert.ok(Object.keys(summary.cellsByStudy).length >= 5);
    assert.ok(summary.benchmarksWithMatchedCells.length >= 12);
  });
});
