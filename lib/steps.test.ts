import assert from "node:assert/strict";
import { test } from "node:test";
import { finish } from "./steps";

test("finish runs every step and returns the result", () => {
  const ran: number[] = [];
  function* counted() {
    for (let i = 0; i < 3; i++) {
      ran.push(i);
      yield;
    }
    return ran.length;
  }
  assert.equal(finish(counted()), 3);
  assert.deepEqual(ran, [0, 1, 2]);
});
