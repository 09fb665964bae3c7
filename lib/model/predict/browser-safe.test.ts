import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { test } from "node:test";

/**
 * The browser bundle carries no fitting code (docs/architecture.md): starting from every client
 * component, follow each value import (type-only imports vanish from the bundle) and check that no
 * module reached is fitting or validation code and none imports ml-matrix or @stdlib.
 */
const root = resolve(import.meta.dirname, "../../..");

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

function resolveImport(from: string, spec: string): string | null {
  const base = spec.startsWith("@/") ? join(root, spec.slice(2)) : spec.startsWith(".") ? resolve(dirname(from), spec) : null;
  if (base === null) return null;
  for (const candidate of [`${base}.ts`, `${base}.tsx`, join(base, "index.ts")]) if (existsSync(candidate)) return candidate;
  return null;
}

/** Value imports of a module: `import x from`, `import { a, type B } from` (unless all are types), `export ... from`, `import("...")`. */
function valueImports(source: string): string[] {
  const specs: string[] = [];
  for (const m of source.matchAll(/^(?:import|export)\s+(type\s+)?([^;]*?)\s+from\s+"([^"]+)"/gms)) {
    const [, typeKeyword, names = "", spec = ""] = m;
    const allTypes = /^\{[^}]*\}$/s.test(names.trim()) && names.replace(/[{}]/g, "").split(",").every((n) => n.trim() === "" || n.trim().startsWith("type "));
    if (typeKeyword === undefined && !allTypes) specs.push(spec);
  }
  for (const m of source.matchAll(/import\(\s*"([^"]+)"\s*\)/g)) if (m[1] !== undefined) specs.push(m[1]);
  for (const m of source.matchAll(/^import\s+"([^"]+)"/gm)) if (m[1] !== undefined) specs.push(m[1]);
  return specs;
}

function reachable(entries: readonly string[]): Map<string, string[]> {
  const seen = new Map<string, string[]>();
  const queue = [...entries];
  while (queue.length > 0) {
    const file = queue.pop();
    if (file === undefined || seen.has(file)) continue;
    const specs = valueImports(readFileSync(file, "utf8"));
    seen.set(file, specs);
    for (const spec of specs) {
      const target = resolveImport(file, spec);
      if (target !== null) queue.push(target);
    }
  }
  return seen;
}

test("client components and the Web Workers they start reach no fitting code, ml-matrix or @stdlib", () => {
  const sources = [...filesUnder(join(root, "components")), ...filesUnder(join(root, "app"))];
  const clientEntries = sources.filter((f) => /^["']use client["']/m.test(readFileSync(f, "utf8")));
  assert.ok(clientEntries.length > 0, "no client component found");
  // A worker is bundled from `new Worker(new URL("./x.worker.ts", import.meta.url))`: its file is an entry of its own.
  const workers = sources.filter((f) => f.endsWith(".worker.ts"));
  assert.ok(workers.length >= 2, `the planner's and the upload's workers should be walked; found ${workers.length}`);
  clientEntries.push(...workers);
  const modules = reachable(clientEntries);
  const names = [...modules.keys()].map((f) => relative(root, f));
  assert.ok(names.includes("lib/model/predict/design.ts"), `the walk should reach the predictor; it reached ${names.length} files`);
  assert.ok(names.includes("lib/model/decide/plan.ts") && names.includes("lib/pilots/parse-run-log.ts"), "the walk should reach the planner and the run-log parser through the workers");
  const fitting = names.filter((n) => /lib\/model\/(validation|serving)\/|(^|\/)[\w-]*fit\.ts$|least-squares\.ts$|ridge\.ts$/.test(n));
  assert.deepEqual(fitting, []);
  const heavy = [...modules.entries()].filter(([, specs]) => specs.some((s) => s === "ml-matrix" || s.startsWith("@stdlib/"))).map(([f]) => relative(root, f));
  assert.deepEqual(heavy, []);
});
