import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";

/** The checkout's root: imports written `@/x` start here (tsconfig.json's paths). */
export const ROOT = resolve(import.meta.dirname, "..");

/** Every .ts and .tsx file under `dir`, test files included (callers filter). */
export function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** The file a relative or `@/` import of `from` names, or null for a package. */
export function resolveImport(from: string, spec: string): string | null {
  const base = spec.startsWith("@/") ? join(ROOT, spec.slice(2)) : spec.startsWith(".") ? resolve(dirname(from), spec) : null;
  if (base === null) return null;
  for (const candidate of [`${base}.ts`, `${base}.tsx`, join(base, "index.ts")]) if (existsSync(candidate)) return candidate;
  return null;
}

/**
 * The modules a source imports: `import x from`, `import { a } from`, `export ... from`, `import("...")`
 * and bare `import "..."`. With `valueOnly`, imports that are types only are left out (they vanish
 * from a bundle: `import type`, or braces whose every name is `type X`).
 */
export function importsOf(source: string, valueOnly: boolean): string[] {
  const specs: string[] = [];
  for (const m of source.matchAll(/^(?:import|export)\s+(type\s+)?([^;]*?)\s+from\s+"([^"]+)"/gms)) {
    const [, typeKeyword, names = "", spec = ""] = m;
    const allTypes =
      /^\{[^}]*\}$/s.test(names.trim()) &&
      names
        .replace(/[{}]/g, "")
        .split(",")
        .every((n) => n.trim() === "" || n.trim().startsWith("type "));
    if (!valueOnly || (typeKeyword === undefined && !allTypes)) specs.push(spec);
  }
  for (const m of source.matchAll(/import\(\s*"([^"]+)"\s*\)/g)) if (m[1] !== undefined) specs.push(m[1]);
  for (const m of source.matchAll(/^import\s+"([^"]+)"/gm)) if (m[1] !== undefined) specs.push(m[1]);
  return specs;
}

/** Each file's imports (as written), following them from `entries` through every file they reach. */
export function reachable(entries: readonly string[], valueOnly: boolean): Map<string, string[]> {
  const seen = new Map<string, string[]>();
  const queue = [...entries];
  while (queue.length > 0) {
    const file = queue.pop();
    if (file === undefined || seen.has(file)) continue;
    const specs = importsOf(readFileSync(file, "utf8"), valueOnly);
    seen.set(file, specs);
    for (const spec of specs) {
      const target = resolveImport(file, spec);
      if (target !== null) queue.push(target);
    }
  }
  return seen;
}

/**
 * The import loops of a graph (file -> the files it imports): its strongly connected components of two
 * or more files, or of one file that imports itself (Tarjan's algorithm), each sorted.
 */
export function importLoops(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const loops: string[][] = [];
  const visit = (file: string) => {
    index.set(file, next);
    low.set(file, next);
    next += 1;
    stack.push(file);
    onStack.add(file);
    for (const target of graph.get(file) ?? []) {
      if (!index.has(target)) {
        visit(target);
        low.set(file, Math.min(low.get(file) ?? 0, low.get(target) ?? 0));
      } else if (onStack.has(target)) low.set(file, Math.min(low.get(file) ?? 0, index.get(target) ?? 0));
    }
    if (low.get(file) === index.get(file)) {
      const component: string[] = [];
      let member: string | undefined;
      do {
        member = stack.pop();
        if (member === undefined) break;
        onStack.delete(member);
        component.push(member);
      } while (member !== file);
      if (component.length > 1 || (graph.get(file) ?? []).includes(file)) loops.push(component.sort());
    }
  };
  for (const file of graph.keys()) if (!index.has(file)) visit(file);
  return loops;
}
