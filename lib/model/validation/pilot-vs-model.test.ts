import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { PILOT_REFERENCE_SUCCESS, pilotExpectedError, pilotTasksToBeat } from "./pilot-vs-model";

describe("a pilot against a model's error", () => {
  test("a k-task pilot's expected error is about 0.8·sqrt(p(1 − p)/k), as docs/model.md and the model notes quote it", () => {
    // The notes' figures at p = 0.4, computed with 0.8 for sqrt(2/π) = 0.798: 0.124 (10 tasks), 0.088 (20), 0.072 (30), 0.055 (50).
    for (const [k, expected] of [
      [10, 0.124],
      [20, 0.088],
      [30, 0.072],
      [50, 0.055],
    ] as const) {
      assert.ok(Math.abs(pilotExpectedError(0.4, k) - expected) < 0.001, `${k} tasks: ${pilotExpectedError(0.4, k)}`);
    }
    // By hand: sqrt(2/π)·sqrt(0.4·0.6/10) = 0.79788 · 0.15492 = 0.12361.
    assert.ok(Math.abs(pilotExpectedError(0.4, 10) - 0.12361) < 0.00001);
    assert.equal(pilotExpectedError(0, 5), 0);
    assert.ok(pilotExpectedError(0.5, 10) > pilotExpectedError(0.4, 10), "sampling is noisiest at one half");
  });

  test("the task count is the smallest whose expected error lies strictly below the error to beat", () => {
    for (const error of [0.05, 0.107, 0.11, 0.16, 0.3, 0.5]) {
      const k = pilotTasksToBeat(error);
      assert.ok(pilotExpectedError(PILOT_REFERENCE_SUCCESS, k) < error, `${k} tasks beat ${error}`);
      if (k > 1) assert.ok(pilotExpectedError(PILOT_REFERENCE_SUCCESS, k - 1) >= error, `${k - 1} tasks do not beat ${error}`);
    }
    assert.equal(pilotTasksToBeat(0.11), 13);
    assert.equal(pilotTasksToBeat(0.16), 6);
    assert.equal(pilotTasksToBeat(0.1595), 7);
    assert.equal(pilotTasksToBeat(0.107), 14);
    // An error exactly at a pilot's expected error is not beaten by that pilot.
    assert.equal(pilotTasksToBeat(pilotExpectedError(0.4, 20)), 21);
    assert.equal(pilotTasksToBeat(1), 1);
  });

  test("nonsense inputs throw instead of returning a plausible number", () => {
    assert.throws(() => pilotTasksToBeat(0), RangeError);
    assert.throws(() => pilotTasksToBeat(Number.NaN), RangeError);
    assert.throws(() => pilotExpectedError(1.2, 10), RangeError);
    assert.throws(() => pilotExpectedError(0.4, 0), RangeError);
  });
});
