import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { test } from "node:test";
import { reachable, ROOT as root, sourceFiles as filesUnder } from "../../test-support/import-graph";

/**
 * The browser bundle carries no fitting code (docs/architecture.md): starting from every client
 * component, follow each value import (type-only imports vanish from the bundle) and check that no
 * module reached is fitting or validation code and none imports ml-matrix or @stdlib.
 */
test("client components and the Web Workers they start reach no fitting code, ml-matrix or @stdlib", () => {
  const sources = [...filesUnder(join(root, "components")), ...filesUnder(join(root, "app"))];
  const clientEntries = sources.filter((f) => /^["']use client["']/m.test(readFileSync(f, "utf8")));
  assert.ok(clientEntries.length > 0, "no client component found");
  // A worker is bundled from `new Worker(new URL("./x.worker.ts", import.meta.url))`: its file is an entry of its own.
  const workers = sources.filter((f) => f.endsWith(".worker.ts"));
  assert.ok(workers.length >= 2, `the planner's and the upload's workers should be walked; found ${workers.length}`);
  clientEntries.push(...workers);
  const modules = reachable(clientEntries, true);
  const names = [...modules.keys()].map((f) => relative(root, f));
  assert.ok(names.includes("lib/model/choose/design-predictor.ts"), `the walk should reach the predictor; it reached ${names.length} files`);
  assert.ok(
    names.includes("lib/model/decide/plan.ts") && names.includes("lib/pilots/parse-run-log.ts"),
    "the walk should reach the planner and the run-log parser through the workers",
  );
  const fitting = names.filter((n) => /lib\/model\/(validation|serving)\/|(^|\/)[\w-]*fit\.ts$|least-squares\.ts$|ridge\.ts$/.test(n));
  assert.deepEqual(fitting, []);
  const heavy = [...modules.entries()].filter(([, specs]) => specs.some((s) => s === "ml-matrix" || s.startsWith("@stdlib/"))).map(([f]) => relative(root, f));
  assert.deepEqual(heavy, []);
});
