import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { parseRunLogText } from "../pilots/parse-run-log";
import { filesNeeding, invalidRowsCaption, isUsableRunLog, readRulesOf, runLogPlace, runLogStatus } from "./run-log-words";

describe("the pilot upload's words", () => {
  test("a log with valid rows is loaded and says what it found", () => {
    const summary = parseRunLogText("architecture,agents,tasks,solved\nsingle,1,20,9\nhybrid,3,20,x\n", "agg.csv");
    assert.equal(isUsableRunLog(summary), true);
    assert.equal(runLogStatus(summary), "agg.csv: 1 valid row, 1 invalid. An aggregate log of 1 design.");
    const unpaired = parseRunLogText("task,architecture,agents,solved\na,single,1,1\nb,hybrid,3,0\n", "p.csv");
    assert.match(runLogStatus(unpaired), /of 2 designs, not all on the same tasks\.$/);
    const withModel = parseRunLogText("task_id,architecture,agents,resolved,model\na,single,1,1,openai/gpt-5-mini\n", "swe.csv");
    assert.equal(runLogStatus(withModel), "swe.csv (CSV): 1 valid row, 0 invalid; model openai/gpt-5-mini. A per-task log of 1 design.");
  });

  test("a log without valid rows, or without a usable header, loads nothing, says why, and says the earlier figures stay", () => {
    const bad = parseRunLogText("task,architecture,agents,solved\na,single,1,maybe\n", "bad.csv");
    assert.equal(isUsableRunLog(bad), false);
    assert.equal(
      runLogStatus(bad),
      'bad.csv: 0 valid rows, 1 invalid: no valid row (line 2, solved: expected 0, 1, true, false, C, I, P or a score (solved at 1 or more), got "maybe"). Nothing was loaded; your earlier figures are kept.',
    );
    assert.match(
      runLogStatus(parseRunLogText("task,architecture,agents,solved\n", "empty.csv")),
      /^empty\.csv: 0 valid rows, 0 invalid: no rows: the file holds a header or objects but no run\. Nothing was loaded/,
    );
    assert.equal(
      runLogStatus(parseRunLogText("name,agents\n", "h.csv")),
      "h.csv: 0 valid rows, 0 invalid. h.csv names no design and has no column for task, solved: choose below and read again. Nothing was loaded; your earlier figures are kept.",
    );
  });

  test("where a problem is: a line, a sample, a trace, or the file", () => {
    assert.equal(runLogPlace({ line: 12, sample: null }), "line 12");
    assert.equal(runLogPlace({ line: null, sample: "5 (epoch 1)" }), "sample 5 (epoch 1)");
    assert.equal(runLogPlace({ line: 3, sample: "t1 (trace ab)" }), "line 3");
    assert.equal(runLogPlace({ line: null, sample: "trace ab" }), "trace ab");
    assert.equal(runLogPlace({ line: null, sample: null }), "the file");
  });

  test("a file that needs the user: a design (no architecture) or a column mapping", () => {
    const noDesign = parseRunLogText("task_id,passed\na,1\n", "runs.csv");
    assert.deepEqual(filesNeeding(noDesign), [{ name: "runs.csv", design: true, missing: [] }]);
    const unmapped = parseRunLogText("problem,architecture,agents,ok\na,single,1,1\n", "odd.csv");
    assert.deepEqual(filesNeeding(unmapped), [{ name: "odd.csv", design: false, missing: ["task", "solved"] }]);
    const mapped = parseRunLogText("problem,architecture,agents,ok\na,single,1,1\n", "odd.csv", { settings: { mapping: { task: "problem", solved: "ok" } } });
    assert.deepEqual([filesNeeding(mapped), mapped.rows], [[], { valid: 1, invalid: 0 }]);
    const chosen = parseRunLogText("task_id,passed\na,1\n", "runs.csv", { settings: { design: { architecture: "hybrid", agents: 3 } } });
    assert.deepEqual(
      chosen.designs.map((d) => [d.architecture, d.agents, d.tasks]),
      [["hybrid", 3, 1]],
    );
  });

  test("the reading options are checked before they are used, naming the field", () => {
    assert.deepEqual(readRulesOf({ threshold: "abc", partialSolved: false, successAttribute: "task.success" }, {}), {
      ok: false,
      message: 'Solved at a score of: expected a number, got "abc"',
    });
    assert.equal(readRulesOf({ threshold: "1", partialSolved: false, successAttribute: " " }, {}).ok, false);
  });

  test("the table's caption says when problems are left out", () => {
    assert.equal(
      invalidRowsCaption({ errors: [{ file: "a.csv", line: 2, sample: null, field: "task", reason: "missing value" }], moreErrors: 0 }),
      "1 problem, in file order.",
    );
  });
});

test("a log that names no design says to choose it, not why each row failed", () => {
  const summary = parseRunLogText("task_id,passed\na,1\nb,0\n", "runs.csv");
  assert.equal(
    runLogStatus(summary),
    "runs.csv: 0 valid rows, 0 invalid. runs.csv names no design: choose below and read again. Nothing was loaded; your earlier figures are kept.",
  );
  const odd = parseRunLogText("problem,ok\na,1\n", "odd.csv");
  assert.equal(
    runLogStatus(odd),
    "odd.csv: 0 valid rows, 0 invalid. odd.csv names no design and has no column for task, solved: choose below and read again. Nothing was loaded; your earlier figures are kept.",
  );
});
