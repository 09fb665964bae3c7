import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { parseRunLogText } from "../pilots/parse-run-log";
import { invalidRowsCaption, isUsableRunLog, runLogStatus } from "./run-log-upload";

describe("the pilot upload's words", () => {
  test("a log with valid rows is loaded and says what it found", () => {
    const summary = parseRunLogText("architecture,agents,tasks,solved\nsingle,1,20,9\nhybrid,3,20,x\n", "agg.csv");
    assert.equal(isUsableRunLog(summary), true);
    assert.equal(runLogStatus(summary, "agg.csv"), "agg.csv: 1 valid row, 1 invalid. An aggregate log of 1 design.");
    const unpaired = parseRunLogText("task,architecture,agents,solved\na,single,1,1\nb,hybrid,3,0\n", "p.csv");
    assert.match(runLogStatus(unpaired, "p.csv"), /of 2 designs, not all on the same tasks\.$/);
  });

  test("a log without valid rows, or without a usable header, loads nothing and says the earlier figures stay", () => {
    const bad = parseRunLogText("task,architecture,agents,solved\na,single,1,7\n", "bad.csv");
    assert.equal(isUsableRunLog(bad), false);
    assert.equal(runLogStatus(bad, "bad.csv"), "bad.csv has no valid rows (1 invalid row). Nothing was loaded; your earlier figures are kept.");
    assert.equal(runLogStatus(parseRunLogText("task,architecture,agents,solved\n", "empty.csv"), "empty.csv"), "empty.csv has no rows. Nothing was loaded; your earlier figures are kept.");
    const header = parseRunLogText("id,agents\n", "h.csv");
    assert.match(runLogStatus(header, "h.csv"), /^h\.csv could not be read: missing columns "task", "architecture", "solved" .*Nothing was loaded; your earlier figures are kept\.$/);
  });

  test("the table's caption says when problems are left out", () => {
    assert.equal(invalidRowsCaption({ errors: [{ line: 2, field: "task", reason: "missing value" }], moreErrors: 0 }), "1 problem, in file order.");
  });
});
