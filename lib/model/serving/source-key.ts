import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

/** What a computed value can depend on: the library's sources (not its tests), the stored data and the locked dependencies. */
const SOURCE_ROOTS = ["lib", "data"] as const;
const SOURCE_FILES = ["package-lock.json"] as const;

const keys = new Map<string, string | null>();

/** Every file under `dir`, relative to `root`, sorted; tests left out. */
function filesUnder(root: string, dir: string): string[] {
  const out: string[] = [];
  const walk = (relative: string) => {
    for (const entry of readdirSync(path.join(root, relative), { withFileTypes: true })) {
      const file = path.join(relative, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (entry.isFile() && !/\.(test|fuzz\.test)\.ts$/.test(entry.name)) out.push(file);
    }
  };
  walk(dir);
  return out.sort();
}

/**
 * A hash of the sources a value computed by lib/ depends on: every non-test file of lib/ and data/ and
 * the lock file, by path and content (about 2 MB read once per process, a few tens of milliseconds). Two
 * processes running the same code on the same data get the same key, whether they run from the sources
 * (tsx: tests, scripts) or from a bundle of them (the CLI, Next's build), so a value one computed another
 * reads; any edit gives a new key. Null where the sources are not beside the process (a deployed bundle).
 */
export function sourceKey(root = process.cwd()): string | null {
  const known = keys.get(root);
  if (known !== undefined) return known;
  let key: string | null = null;
  try {
    statSync(path.join(root, "lib"));
    const hash = createHash("sha256");
    for (const file of [...SOURCE_ROOTS.flatMap((dir) => filesUnder(root, dir)), ...SOURCE_FILES]) {
      hash
        .update(file)
        .update("\0")
        .update(readFileSync(path.join(root, file)))
        .update("\0");
    }
    key = `src-${hash.digest("hex").slice(0, 12)}`;
  } catch {
    key = null;
  }
  keys.set(root, key);
  return key;
}
