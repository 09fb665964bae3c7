import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, test } from "node:test";
import { importLoops, importsOf, resolveImport, ROOT, sourceFiles } from "../../test-support/import-graph";

/**
 * lib/model reads as a ladder (docs/architecture.md): each room imports only rooms on lower rungs (and
 * files of its own room), so no import, type-only ones included, runs back up, and no files import each
 * other in a loop. Rooms on one rung do not import each other.
 */
const RUNGS: readonly (readonly string[])[] = [
  ["stats"],
  ["predict"],
  ["baseline", "cost"],
  ["architect"],
  ["paper"],
  ["choose"],
  ["decide", "serving"],
  ["validation"],
];
const MODEL = join(ROOT, "lib", "model");
const rungOf = new Map(RUNGS.flatMap((rooms, rung) => rooms.map((room) => [room, rung] as const)));
const roomOf = (file: string) => relative(MODEL, file).split("/")[0] ?? "";

/** Each non-test file of lib/model with the files of lib/model it imports. */
function modelGraph(): Map<string, string[]> {
  const files = sourceFiles(MODEL).filter((f) => !f.endsWith(".test.ts"));
  return new Map(
    files.map((file) => {
      const targets = importsOf(readFileSync(file, "utf8"), false).flatMap((spec) => {
        const target = resolveImport(file, spec);
        return target !== null && target.startsWith(`${MODEL}/`) ? [target] : [];
      });
      return [file, targets];
    }),
  );
}

describe("lib/model's ladder", () => {
  const graph = modelGraph();

  test("every file sits in a room of the ladder", () => {
    const outside = [...graph.keys()].filter((f) => !rungOf.has(roomOf(f))).map((f) => relative(ROOT, f));
    assert.deepEqual(outside, []);
  });

  test("no import runs up the ladder or across a rung", () => {
    const upward = [...graph].flatMap(([file, targets]) =>
      targets
        .filter((t) => roomOf(t) !== roomOf(file) && (rungOf.get(roomOf(t)) ?? Infinity) >= (rungOf.get(roomOf(file)) ?? -Infinity))
        .map((t) => `${relative(ROOT, file)} -> ${relative(ROOT, t)}`),
    );
    assert.deepEqual(upward, []);
  });

  test("no import loop, type-only imports included", () => {
    assert.deepEqual(
      importLoops(graph).map((loop) => loop.map((f) => relative(ROOT, f))),
      [],
    );
  });

  test("the loop finder finds a loop (the check can fail)", () => {
    assert.deepEqual(
      importLoops(
        new Map([
          ["a", ["b"]],
          ["b", ["c"]],
          ["c", ["a"]],
          ["d", ["a"]],
          ["e", ["e"]],
        ]),
      ),
      [["a", "b", "c"], ["e"]],
    );
  });
});
