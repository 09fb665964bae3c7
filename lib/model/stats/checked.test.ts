import assert from "node:assert/strict";
import { test } from "node:test";
import { at, field, got } from "./checked";

test("at returns the element, and throws on an index outside the array or an empty slot", () => {
  assert.equal(at([0.2, 0.4], 1), 0.4);
  assert.equal(at([0, 1], 0), 0);
  assert.throws(() => at([0.2, 0.4], 2, "coefficients"), /coefficients: no element at index 2 \(length 2\)/);
  assert.throws(() => at([0.2], -1), RangeError);
  assert.throws(() => at(new Array<number>(3), 1), RangeError);
});

test("got and field throw on a missing key instead of returning a default", () => {
  assert.equal(got(new Map([["a", 1]]), "a"), 1);
  assert.throws(() => got(new Map([["a", 1]]), "b", "fits"), /fits: no entry for b/);
  assert.equal(field({ centralized: 4 }, "centralized"), 4);
  assert.throws(() => field({ centralized: 4 }, "toString"), /no entry for "toString"/);
});
