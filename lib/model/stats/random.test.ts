import assert from "node:assert/strict";
import { test } from "node:test";
import { normalStream, seededRandom, standardNormal } from "./random";

const drawn = (seed: number, length: number) => {
  const random = seededRandom(seed);
  return Array.from({ length }, () => standardNormal(random));
};

test("normalStream is standardNormal's sequence of the seed, kept and grown without changing a value", () => {
  const first = normalStream(7, 10);
  assert.deepEqual([...first.subarray(0, 10)], drawn(7, 10));
  assert.equal(normalStream(7, 5), first, "a shorter request reads the kept stream");
  const grown = normalStream(7, first.length + 1);
  assert.ok(grown.length > first.length);
  assert.deepEqual([...grown], drawn(7, grown.length));
  // Other seeds, more than are kept, evict the oldest and still give their own sequences.
  for (const seed of [1, 2, 3, 4, 5]) assert.deepEqual([...normalStream(seed, 3).subarray(0, 3)], drawn(seed, 3));
  assert.deepEqual([...normalStream(7, 3).subarray(0, 3)], drawn(7, 3));
});
