import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { ratioTable, targetMet, type RatioFigure } from "./ratio-table";

const rps: RatioFigure = {
  name: "requests/s",
  value: 400,
  reference: 500,
  unit: "",
  better: "higher",
  target: { on: "ratio", bound: 0.8, text: "≥ 0.8 × reference" },
};

describe("ratio table", () => {
  test("a ratio target is met at the bound and missed below it", () => {
    assert.equal(targetMet(rps), true);
    assert.equal(targetMet({ ...rps, value: 399 }), false);
    assert.equal(targetMet({ ...rps, reference: null }), false, "a ratio without a reference is never met");
  });

  test("a value target in the lower-is-better direction", () => {
    const tbt = { value: 210, reference: 30, better: "lower", target: { on: "value", bound: 200, text: "≤ 200 ms" } } as const;
    assert.equal(targetMet(tbt), false);
    assert.equal(targetMet({ ...tbt, value: 200 }), true);
  });

  test("prints one Markdown row per figure with the ratio and whether it is met", () => {
    const lines = ratioTable([rps, { ...rps, name: "no reference", reference: null, target: { on: "value", bound: 1, text: "≥ 1" } }]);
    assert.equal(lines[2], "| requests/s | 400 | 500 | 0.80 | ≥ 0.8 × reference | yes |");
    assert.equal(lines[3], "| no reference | 400 | — | — | ≥ 1 | yes |");
  });
});
