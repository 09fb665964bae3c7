import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import { fuzzSettings } from "../fuzz-settings";
import { countText } from "./words";

test("countText writes exactly what toLocaleString('en-US') writes", () => {
  for (const n of [0, -0, 1, 999, 1000, 1234567.891, -42, 0.1 + 0.2, 1e21, NaN, Infinity, -Infinity, Number.MAX_SAFE_INTEGER])
    assert.equal(countText(n), n.toLocaleString("en-US"));
  fc.assert(
    fc.property(fc.double(), (n) => countText(n) === n.toLocaleString("en-US")),
    fuzzSettings(1000),
  );
});
