import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { Lru } from "./lru";

describe("Lru", () => {
  test("holds at most its capacity, dropping the entry used longest ago", () => {
    const lru = new Lru<string, number>(3);
    for (const [i, key] of ["a", "b", "c"].entries()) lru.set(key, i);
    assert.equal(lru.get("a"), 0);
    lru.set("d", 3);
    assert.deepEqual([...lru.keys()], ["c", "a", "d"]);
    assert.equal(lru.get("b"), undefined);
    assert.equal(lru.size, 3);
  });

  test("setting a key again replaces its value and makes it the most recent", () => {
    const lru = new Lru<string, number>(2);
    lru.set("a", 1);
    lru.set("b", 2);
    lru.set("a", 10);
    lru.set("c", 3);
    assert.deepEqual([...lru.keys()], ["a", "c"]);
    assert.equal(lru.get("a"), 10);
  });

  test("getOrSet computes once per key while it is held, again after it was dropped", () => {
    const lru = new Lru<string, number>(1);
    let computed = 0;
    const make = () => ++computed;
    assert.equal(lru.getOrSet("a", make), 1);
    assert.equal(lru.getOrSet("a", make), 1);
    lru.getOrSet("b", make);
    assert.equal(lru.getOrSet("a", make), 3);
    assert.equal(computed, 3);
  });

  test("a capacity below 1 or not an integer throws", () => {
    assert.throws(() => new Lru(0), RangeError);
    assert.throws(() => new Lru(1.5), RangeError);
  });
});
