import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import { fuzzSettings } from "../../fuzz-settings";
import { breakEven } from "./recommend";

test("breakEven: null when the gap keeps one sign over (0.01, 0.99); an end that is a root is returned", () => {
  assert.equal(breakEven(() => 0.2), null);
  assert.equal(breakEven((P) => -1 - P), null);
  assert.equal(breakEven((P) => P - 0.01), 0.01);
  assert.equal(breakEven((P) => 0.99 - P), 0.99);
});

test("breakEven finds the sign change of a piecewise-linear gap (clipped lines, a maximum over designs) to within the tolerance, in a few evaluations", () => {
  const clip = (x: number) => Math.min(1, Math.max(0, x));
  fc.assert(
    fc.property(
      fc.array(fc.tuple(fc.double({ min: -0.5, max: 1.5, noNaN: true }), fc.double({ min: -1, max: 2, noNaN: true })), { minLength: 1, maxLength: 4 }),
      (lines) => {
        let calls = 0;
        const gap = (P: number) => {
          calls++;
          return Math.max(...lines.map(([a, b]) => clip(a + b * P))) - P;
        };
        const root = breakEven(gap);
        if (root === null) {
          assert.equal(Math.sign(gap(0.01)), Math.sign(gap(0.99)));
          return;
        }
        // a sign change within 0.00006 of the answer (bisection's old precision), or an exact root
        const h = 0.98 / 2 ** 14;
        const at = gap(root);
        assert.ok(Math.abs(at) <= 1e-12 || Math.sign(gap(Math.max(0.01, root - h))) !== Math.sign(gap(Math.min(0.99, root + h))), `no sign change near ${root}`);
        // 100,000 random gaps of this kind took 3-7 evaluations in 98% of cases and 22 at most (bisection: 16 + 2)
        assert.ok(calls <= 40, `${calls} evaluations`);
      },
    ),
    fuzzSettings(500),
  );
});

test("breakEven on a linear gap lands on the root at the first secant step (3 evaluations where bisection took 16)", () => {
  let calls = 0;
  const root = breakEven((P) => {
    calls++;
    return 0.42 - 0.8 * P;
  });
  assert.ok(root !== null && Math.abs(root - 0.525) < 1e-12);
  assert.equal(calls, 3);
});
