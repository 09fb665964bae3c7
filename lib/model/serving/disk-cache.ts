import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { MODEL_REVISION } from "../choose/fitted-models";

/**
 * Where fitted models and their companions are kept between processes: `SERVED_CACHE_DIR` when set,
 * else node_modules/.cache/agent-scaling-calculator (the usual place for a tool's cache; never committed).
 */
export function servedCacheDir(): string {
  return process.env.SERVED_CACHE_DIR ?? path.join(process.cwd(), "node_modules", ".cache", "agent-scaling-calculator");
}

/**
 * The code the cache belongs to: a hash of the sources, set by the build that bundled this code (the CLI
 * bundle's `define`, next.config.js's `env`), or null when the code runs from its sources (tsx: tests,
 * scripts), where no disk cache is used, so an edit is never answered from a stale file.
 */
export function servedCodeKey(): string | null {
  const key = process.env.SERVED_CODE_KEY;
  return key === undefined || key === "" ? null : key;
}

/** How many files of one name are kept: a few data versions side by side, the oldest removed first. */
const KEEP_PER_NAME = 4;

/**
 * The file that holds `name` for a data version, the model revision and the code key.
 *
 * @example servedCacheFile("/c", "models", "e1813ac7a384", "3f2a") // "/c/models-e1813ac7a384.4-3f2a.json"
 */
export function servedCacheFile(dir: string, name: string, dataVersion: string, codeKey: string): string {
  return path.join(dir, `${name}-${dataVersion}.${MODEL_REVISION}-${codeKey}.json`);
}

/**
 * `compute()`, kept on disk as JSON per data version, MODEL_REVISION and code key: the first process fits,
 * the next ones read (a fit takes seconds, reading it a few milliseconds). The value must be plain JSON
 * (no NaN, Infinity, undefined in arrays or Maps): a value that does not survive JSON.stringify unchanged
 * is not written. A file that cannot be read or parsed is recomputed; a cache that cannot be written (a
 * read-only folder) is skipped silently: the value is still returned.
 */
export function diskCached<T>(name: string, dataVersion: string, compute: () => T, codeKey = servedCodeKey(), dir = servedCacheDir()): T {
  if (codeKey === null) return compute();
  const file = servedCacheFile(dir, name, dataVersion, codeKey);
  try {
    return JSON.parse(readFileSync(file, "utf8")) as T;
  } catch {
    // missing or unreadable: computed below
  }
  const value = compute();
  const text = JSON.stringify(value);
  if (!survivesJson(value, text)) return value;
  try {
    mkdirSync(dir, { recursive: true });
    // Written aside then renamed: a concurrent reader sees the whole file or none.
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, text);
    renameSync(temporary, file);
    prune(dir, name);
  } catch {
    // a read-only or full disk: serve without caching
  }
  return value;
}

/** True when `text` parses back to a value that stringifies the same (no NaN, Infinity or -0 lost). */
function survivesJson(value: unknown, text: string): boolean {
  let negativeZero = false;
  JSON.stringify(value, (_key, v: unknown) => {
    if (typeof v === "number" && (Object.is(v, -0) || !Number.isFinite(v))) negativeZero = true;
    return v;
  });
  return !negativeZero && JSON.stringify(JSON.parse(text)) === text;
}

/** Removes all but the newest KEEP_PER_NAME files of `name`. */
function prune(dir: string, name: string) {
  const files = readdirSync(dir)
    .filter((f) => f.startsWith(`${name}-`) && f.endsWith(".json"))
    .map((f) => ({ f, mtime: statSync(path.join(dir, f)).mtimeMs }))
    .sort((a, b) => b.mtime - a.mtime);
  for (const { f } of files.slice(KEEP_PER_NAME)) unlinkSync(path.join(dir, f));
}
