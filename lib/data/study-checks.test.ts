import assert from "node:assert/strict";
import { describe, test } from "node:test";
import type { DataFileKey } from "./dataset";
import { formatDataIssue } from "./data-error";
import { BASELINE_RUN, BENCHMARK, evidenceTables, MODEL, STUDY, VOTE_RUN } from "./evidence-fixtures";
import { checkStudies } from "./study-checks";
import { KIM_STUDY } from "./study-schemas";

const fileOf = (key: DataFileKey) => `data/${key}`;
/** The formatted issues of synthetic evidence (row 1 of study runs is Kim's own fixture run). */
const issues = (...args: Parameters<typeof evidenceTables>) => checkStudies(evidenceTables(...args), fileOf).map(formatDataIssue);

describe("checkStudies on synthetic evidence", () => {
  test("a baseline and its matched vote pass", () => {
    assert.deepEqual(issues([BASELINE_RUN, VOTE_RUN]), []);
  });

  test("unknown study, benchmark, model and team member are named", () => {
    const found = issues([BASELINE_RUN, { ...VOTE_RUN, study: "s9", benchmark: "b9", model: "m9", team_models: "m1 m8", pairing: "unmatched" }]);
    assert.ok(found.includes('data/studyRuns, row 3 (line 4), field "study": unknown study "s9" (not in studies.csv)'), found.join("\n"));
    assert.ok(found.some((i) => /row 3 .*field "benchmark": unknown benchmark "b9"/.test(i)));
    assert.ok(found.some((i) => /row 3 .*field "model": unknown model "m9"/.test(i)));
    assert.ok(found.some((i) => /row 3 .*field "team_models": unknown model "m8"/.test(i)));
  });

  test("an F1 row that claims to be success-like is rejected, and so is the reverse", () => {
    assert.match(issues([BASELINE_RUN, { ...VOTE_RUN, metric: "f1", pairing: "unmatched" }]).join("\n"), /row 3 .*field "success_like": must be false for metric "f1"/);
    assert.match(issues([{ ...BASELINE_RUN, success_like: "false" }]).join("\n"), /row 2 .*field "success_like": must be true for metric "accuracy"/);
  });

  test("a value that differs from its printed figure is rejected", () => {
    assert.match(issues([BASELINE_RUN, { ...VOTE_RUN, value: "0.61" }]).join("\n"), /row 3 .*field "value": 0\.61 differs from the printed percent "60\.0" = 0\.6/);
    assert.match(issues([{ ...BASELINE_RUN, printed: "3/10", value: "0.3" }]).join("\n"), /row 2 .*field "printed": "3\/10" is not a percent figure/);
  });

  test("a matched row without its single-agent baseline is rejected", () => {
    assert.match(issues([VOTE_RUN]).join("\n"), /row 2 .*field "pairing": no single-agent baseline row for s1\/b1\/m1\/accuracy/);
    assert.match(issues([BASELINE_RUN, { ...VOTE_RUN, metric: "pass-at-1" }]).join("\n"), /no single-agent baseline row for s1\/b1\/m1\/pass-at-1/);
  });

  test("pairings must fit the architecture and stay unique", () => {
    const second = issues([BASELINE_RUN, { ...BASELINE_RUN, method: "CoT" }]).join("\n");
    assert.match(second, /row 3 .*field "pairing": a second baseline for s1\/b1\/m1\/accuracy \(first in row 2\)/);
    assert.match(issues([BASELINE_RUN, { ...VOTE_RUN, pairing: "baseline" }]).join("\n"), /a baseline row must be a single agent, got architecture "independent"/);
    assert.match(issues([BASELINE_RUN, { ...BASELINE_RUN, method: "CoT", pairing: "matched" }]).join("\n"), /a single-agent row is "baseline" or "alternative-single"/);
    assert.match(issues([BASELINE_RUN, { ...VOTE_RUN, team_models: "m1 m1" }]).join("\n"), /a heterogeneous team .* must be unmatched/);
  });

  test("a single agent with several agents and a repeated printed cell are rejected", () => {
    assert.match(issues([{ ...BASELINE_RUN, agents: "3" }]).join("\n"), /row 2 .*field "agents": a single-agent run has 1 agent, got 3/);
    assert.match(issues([BASELINE_RUN, VOTE_RUN, VOTE_RUN]).join("\n"), /row 4 \(line 5\): the same printed cell as row 3/);
  });

  test("the catalogs and studies must all be used, and Kim et al.'s study must be listed", () => {
    const unused = issues([BASELINE_RUN], {
      benchmarks: [BENCHMARK, { ...BENCHMARK, benchmark: "b2" }],
      models: [MODEL, { ...MODEL, model: "m2" }],
      studies: [{ ...STUDY, study: KIM_STUDY }, STUDY, { ...STUDY, study: "s2" }],
    }).join("\n");
    assert.match(unused, /data\/benchmarks, row 2 \(line 3\), field "benchmark": benchmark "b2" has no runs/);
    assert.match(unused, /data\/models, row 2 \(line 3\), field "runs_coverage": model "m2" is marked other-studies but no study run uses it/);
    assert.match(unused, /data\/studies, row 3 \(line 4\), field "study": study "s2" has no runs/);
    assert.match(issues([BASELINE_RUN], { studies: [STUDY] }).join("\n"), /Kim et al.'s study "kim-2512\.08296" \(the source of runs\.csv\) is missing/);
  });
});
