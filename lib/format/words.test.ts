import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import { fuzzSettings } from "../fuzz-settings";
import { localeNumber } from "./numbers";
import { countText, plural } from "./words";

test("countText writes exactly what toLocaleString('en-US') writes", () => {
  for (const n of [0, -0, 1, 999, 1000, 1234567.891, -42, 0.1 + 0.2, 1e21, NaN, Infinity, -Infinity, Number.MAX_SAFE_INTEGER])
    assert.equal(countText(n), n.toLocaleString("en-US"));
  fc.assert(
    fc.property(fc.double(), (n) => countText(n) === n.toLocaleString("en-US")),
    fuzzSettings(1000),
  );
});

test("localeNumber writes exactly what Intl.NumberFormat('en-US') writes, at any maximum of decimals", () => {
  for (const k of [0, 1, 3, 4, 6]) {
    const intl = new Intl.NumberFormat("en-US", { maximumFractionDigits: k });
    // 14194505872937.86 and 40126537247494810: Intl rounds the shortest digits, not the exact double (found by the property).
    for (const n of [
      0,
      -0,
      0.5,
      1.5,
      2.5,
      -0.5,
      -0.00001,
      0.0005,
      999.9995,
      1e20,
      9.999e20,
      -1234.5678,
      14194505872937.86,
      40126537247494810,
      1e21,
      NaN,
      -Infinity,
    ])
      assert.equal(localeNumber(n, k), intl.format(n), `${n} at ${k} decimals`);
    fc.assert(
      fc.property(
        fc.oneof(
          fc.double(),
          fc.double({ min: -1e7, max: 1e7 }),
          fc.integer().map((i) => i / 10_000),
        ),
        (n) => localeNumber(n, k) === intl.format(n),
      ),
      fuzzSettings(500),
    );
  }
});

test("plural takes the singular exactly where Intl.PluralRules('en-US') says one", () => {
  const rules = new Intl.PluralRules("en-US");
  const expected = (n: number) => (rules.select(n) === "one" ? "it" : "them");
  for (const n of [1, -1, 0, -0, 2, 1.0004, 1.0005, 0.9995, 1.5, NaN, Infinity]) assert.equal(plural(n, "it", "them"), expected(n), String(n));
  fc.assert(
    fc.property(fc.oneof(fc.double(), fc.integer({ min: -3, max: 3 }), fc.double({ min: 0.99, max: 1.01 })), (n) => plural(n, "it", "them") === expected(n)),
    fuzzSettings(1000),
  );
});
