import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { MODEL_REVISION } from "../choose/fitted-models";
import { sourceKey } from "./source-key";
import { processCached } from "../../process-cache";

/**
 * Where fitted models and their companions are kept between processes: `SERVED_CACHE_DIR` when set,
 * else node_modules/.cache/agent-scaling-calculator (the usual place for a tool's cache; never committed).
 */
export function servedCacheDir(): string {
  return process.env.SERVED_CACHE_DIR ?? path.join(process.cwd(), "node_modules", ".cache", "agent-scaling-calculator");
}

/**
 * The code the cache belongs to: SERVED_CODE_KEY when a process sets it (the production server: its
 * build's id), else the hash of the sources beside the process (source-key.ts: tests, scripts, the CLI
 * bundle and Next's build share it, so the validation one computes the others read), else null: no disk
 * cache.
 */
export function servedCodeKey(): string | null {
  const key = process.env.SERVED_CODE_KEY;
  return key === undefined || key === "" ? sourceKey() : key;
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
 * the next ones read (a fit takes seconds, reading it a few milliseconds). While one process computes a
 * value, another that asks for it waits for its file instead of computing it too (a lock file holding the
 * computing process's id; a lock whose process has ended is taken over). The value must be plain data
 * (NaN, the infinities and -0 are kept; Maps, Dates, class instances and undefined in arrays are not): a
 * value that would not read back to itself is not written. A file that cannot be read or parsed is
 * recomputed; a cache that cannot be written (a read-only folder) is skipped silently: the value is still
 * returned.
 */
export function diskCached<T>(name: string, dataVersion: string, compute: () => T, codeKey = servedCodeKey(), dir = servedCacheDir()): T {
  if (codeKey === null) return compute();
  const file = servedCacheFile(dir, name, dataVersion, codeKey);
  const cached = readCached<T>(file);
  if (cached.found) return cached.value;
  const lock = `${file}.lock`;
  const owned = acquire(lock, file);
  try {
    if (!owned) {
      const written = readCached<T>(file);
      if (written.found) return written.value;
    }
    const value = compute();
    if (!isPlainData(value)) return value;
    const text = JSON.stringify(value, replace);
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
  } finally {
    if (owned) rmSync(lock, { force: true });
  }
}

function readCached<T>(file: string): { found: true; value: T } | { found: false } {
  try {
    return { found: true, value: parseCached(readFileSync(file, "utf8")) as T };
  } catch {
    return { found: false };
  }
}

/**
 * A cache file's value: JSON.parse with `revive` where the text may hold a special number, plain
 * JSON.parse (four to five times faster: the parsed data, 0.8 MB, in 6 ms instead of 26 ms) where it
 * cannot. `replace` writes the key as "$number", and JSON.stringify escapes no character of it, so a text
 * without that string and without any \u escape holds none.
 */
function parseCached(text: string): unknown {
  return text.includes(`"${SPECIAL}"`) || text.includes("\\u") ? JSON.parse(text, revive) : JSON.parse(text);
}

/** How long a process waits for another's value before computing it itself: longer than any harness takes. */
const LOCK_WAIT_MS = 15 * 60 * 1000;
const LOCK_POLL_MS = 100;

/** True while process `pid` runs (signal 0 tests without signalling). */
function alive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return true; // a lock being written: its id comes next
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Takes the lock of `file`'s computation: true when this process holds it (and computes), false when
 * `file` appeared while waiting, the wait ran out or no lock can be made (the caller then reads or computes).
 * A lock held by this process (a worker thread of it, or a value computed inside its own computation) or by
 * a process that has ended is taken over.
 */
function acquire(lock: string, file: string): boolean {
  const deadline = Date.now() + LOCK_WAIT_MS;
  const pause = new Int32Array(new SharedArrayBuffer(4));
  for (;;) {
    try {
      mkdirSync(path.dirname(lock), { recursive: true });
      writeFileSync(lock, String(process.pid), { flag: "wx" });
      return true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") return false;
    }
    if (existsSync(file)) return false;
    let holder = 0;
    try {
      holder = Number(readFileSync(lock, "utf8"));
    } catch {
      continue; // released meanwhile: try again
    }
    if (holder === process.pid || !alive(holder)) {
      rmSync(lock, { force: true });
      continue;
    }
    if (Date.now() > deadline) return false;
    Atomics.wait(pause, 0, 0, LOCK_POLL_MS);
  }
}

/** The numbers JSON cannot hold (NaN, the infinities, -0), written as `{"$number": "NaN"}` and read back as numbers. */
const SPECIAL = "$number";

function replace(_key: string, v: unknown): unknown {
  if (typeof v !== "number" || (Number.isFinite(v) && !Object.is(v, -0))) return v;
  return { [SPECIAL]: Object.is(v, -0) ? "-0" : String(v) };
}

function revive(_key: string, v: unknown): unknown {
  if (typeof v === "object" && v !== null && !Array.isArray(v)) {
    const keys = Object.keys(v);
    const special = (v as Record<string, unknown>)[SPECIAL];
    if (keys.length === 1 && typeof special === "string") return special === "-0" ? -0 : Number(special);
  }
  return v;
}

/**
 * True when `value` is data JSON holds with the numbers `replace` adds: plain objects, arrays without
 * holes or undefined, strings, booleans, null and numbers. A Map, Set, Date, class instance or function
 * would come back as something else.
 */
function isPlainData(value: unknown): boolean {
  if (value === null || typeof value === "string" || typeof value === "boolean" || typeof value === "number") return true;
  if (Array.isArray(value)) return value.every((item, i) => i in value && item !== undefined && isPlainData(item));
  if (typeof value !== "object") return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) return false;
  return Object.values(value).every((item) => item === undefined || isPlainData(item));
}

/** Removes all but the newest KEEP_PER_NAME files of `name`. */
function prune(dir: string, name: string) {
  const files = readdirSync(dir)
    .filter((f) => f.startsWith(`${name}-`) && f.endsWith(".json"))
    .map((f) => ({ f, mtime: statSync(path.join(dir, f)).mtimeMs }))
    .sort((a, b) => b.mtime - a.mtime);
  for (const { f } of files.slice(KEEP_PER_NAME)) unlinkSync(path.join(dir, f));
}

/**
 * `compute()` once per process (processCached) and once per sources and data version on disk
 * (diskCached): what the fits, the validation harnesses and the track record go through, so that the
 * test processes, Next's build and the CLI compute each once between them.
 */
export function computedOnce<T>(name: string, version: string, compute: () => T): T {
  return processCached(name, version, () => diskCached(name, version, compute));
}
