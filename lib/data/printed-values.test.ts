import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { shareFromPrinted, shiftDecimalLeft } from "./printed-values";

describe("shiftDecimalLeft", () => {
  test("the documented example", () => assert.equal(shiftDecimalLeft("53.41", 2), "0.5341"));

  test("pads with zeros and keeps every digit", () => {
    assert.equal(shiftDecimalLeft("0.4", 2), "0.004");
    assert.equal(shiftDecimalLeft("100", 2), "1.00");
    assert.equal(shiftDecimalLeft("0.00", 2), "0.0000");
    assert.equal(shiftDecimalLeft("7", 0), "7.");
  });

  test("refuses text that is not a plain decimal", () => {
    assert.throws(() => shiftDecimalLeft("-1", 2));
    assert.throws(() => shiftDecimalLeft("1e2", 2));
  });
});

describe("shareFromPrinted", () => {
  test("the documented example", () => assert.equal(shareFromPrinted("53.41±1.73", "percent"), 0.5341));

  test("percents convert exactly where division would not", () => {
    assert.notEqual(57.09 / 100, 0.5709);
    assert.equal(shareFromPrinted("57.09", "percent"), 0.5709);
    assert.equal(shareFromPrinted("14.80", "percent"), 0.148);
    assert.equal(shareFromPrinted("0.00", "percent"), 0);
    assert.equal(shareFromPrinted("100", "percent"), 1);
  });

  test("fractions stand as printed and counts divide", () => {
    assert.equal(shareFromPrinted("0.8140", "fraction"), 0.814);
    assert.equal(shareFromPrinted("3/10", "count"), 0.3);
    assert.equal(shareFromPrinted("7/20", "count"), 0.35);
  });

  test("rejects malformed or out-of-range figures", () => {
    for (const [printed, scale] of [
      ["101", "percent"],
      ["53.41 ± 1.73", "percent"],
      ["–", "percent"],
      ["1.2", "fraction"],
      ["-0.1", "fraction"],
      ["11/10", "count"],
      ["3/0", "count"],
      ["0.3", "count"],
    ] as const) {
      assert.equal(shareFromPrinted(printed, scale), undefined, `${printed} as ${scale}`);
    }
  });
});
