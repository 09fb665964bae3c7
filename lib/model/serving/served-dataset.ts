import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { DATA_FILES, type Dataset } from "../../data/dataset";
import { dataVersion, defaultDataDir, loadDataset, readDataTexts } from "../../data/load";
import { processCached } from "../../process-cache";
import { diskCached, servedCacheDir, servedCodeKey } from "./disk-cache";

/**
 * The stored data, as loadDataset reads it, from the disk cache when this code and these data files
 * were parsed before (servedDataVersion tells whether they were: any edit is a new version and is parsed
 * and checked again, with every DataError as before). Without a code key (code run from its sources) it
 * is loadDataset itself.
 */
export function servedDataset(dir: string = defaultDataDir()): Dataset {
  if (servedCodeKey() === null) return loadDataset(dir);
  const version = servedDataVersion(dir);
  return processCached(`dataset:${dir}`, version, () => diskCached("dataset", version, () => loadDataset(dir)));
}

/** Data folders whose version is kept (a project's data/ and a few test folders). */
const KEEP_FOLDERS = 8;

/**
 * How long after its last change a data file's stamp is trusted. File times are as coarse as the file
 * system's clock (a few milliseconds; 1-2 s on some file systems): an edit within the same tick as the
 * stamp could leave size and times as they were, never one made this long after.
 */
const SETTLED_MS = 3000;

/**
 * The data version of `dir`, dataVersion of its texts, without reading and hashing its files (10-15 ms at
 * every CLI start) when none changed since this computed it last: each version is kept in
 * data-versions.json beside the disk cache with the files' stamps (size, modification and change times,
 * inode; a write changes the change time, and so does setting the modification time back). Stamps are
 * taken before the files are read, so a file edited meanwhile fails its stamp next time; a version whose
 * files changed less than SETTLED_MS before is not kept (it is computed again until they settle).
 */
export function servedDataVersion(dir: string, cacheDir: string = servedCacheDir(), now: number = Date.now()): string {
  const stamps = dataStamps(dir);
  const file = path.join(cacheDir, "data-versions.json");
  const folder = path.resolve(dir);
  const known = readKnown(file);
  const entry = known[folder];
  if (stamps !== null && entry !== undefined && entry.stamp === stamps.stamp) return entry.version;
  const version = dataVersion(readDataTexts(dir));
  if (stamps !== null && stamps.changed < now - SETTLED_MS) {
    delete known[folder];
    const kept = Object.entries(known).slice(-(KEEP_FOLDERS - 1));
    try {
      mkdirSync(cacheDir, { recursive: true });
      // Written aside then renamed: a concurrent reader sees the whole file or none.
      const temporary = `${file}.${process.pid}.tmp`;
      writeFileSync(temporary, JSON.stringify(Object.fromEntries([...kept, [folder, { stamp: stamps.stamp, version }]])));
      renameSync(temporary, file);
    } catch {
      // a read-only or full disk: the version is computed each time
    }
  }
  return version;
}

/** Each data file's stamp, in DATA_FILES order, and the latest change among them; null when a file cannot be stat'ed (loadDataset then names it). */
function dataStamps(dir: string): { stamp: string; changed: number } | null {
  try {
    let changed = 0;
    const stamp = Object.values(DATA_FILES)
      .map(({ file }) => {
        const s = statSync(path.join(dir, file));
        changed = Math.max(changed, s.mtimeMs, s.ctimeMs);
        return `${file} ${s.size} ${s.mtimeMs} ${s.ctimeMs} ${s.ino}`;
      })
      .join("\n");
    return { stamp, changed };
  } catch {
    return null;
  }
}

/** data-versions.json: per data folder (absolute), its files' stamps and their version. */
const KnownVersionsSchema = z.record(z.string(), z.object({ stamp: z.string(), version: z.string().regex(/^[0-9a-f]{12}$/) }));
type KnownVersions = z.infer<typeof KnownVersionsSchema>;

/** The versions kept so far; none when the file is missing, unreadable or not of that shape. */
function readKnown(file: string): KnownVersions {
  try {
    const parsed = KnownVersionsSchema.safeParse(JSON.parse(readFileSync(file, "utf8")));
    return parsed.success ? parsed.data : {};
  } catch {
    return {};
  }
}
