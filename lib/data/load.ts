import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { collectDataTexts, DATA_FILES, parseDataset, type DataFileKey, type DataTexts, type Dataset } from "./dataset";
import { DataError } from "./data-error";

/** The project's data folder: data/ under the working directory (npm scripts and Next run from the root). */
export function defaultDataDir(): string {
  return path.join(process.cwd(), "data");
}

/**
 * Content hash of the data files, e.g. "3f9a1c07b2e4": 12 hex digits of SHA-256 over every file in
 * DATA_FILES order. Any edit to any figure changes it, so links and fits pinned to it detect stale data;
 * `texts` come normalised from collectDataTexts, so a BOM or CRLF line ends do not.
 */
export function dataVersion(texts: DataTexts): string {
  const hash = createHash("sha256");
  for (const key of Object.keys(DATA_FILES) as DataFileKey[]) hash.update(`${DATA_FILES[key].file}\n${texts[key]}\n`);
  return hash.digest("hex").slice(0, 12);
}

/** How messages name a data folder: relative to the project when inside it ("data"), else absolute. */
function folderLabel(dir: string): string {
  const relative = path.relative(process.cwd(), dir);
  return relative === "" || relative.startsWith("..") || path.isAbsolute(relative) ? path.resolve(dir) : relative;
}

/** Reads the text of every data file in `dir`, normalised by collectDataTexts; a missing file is reported as a DataError. */
export function readDataTexts(dir: string): DataTexts {
  return collectDataTexts((file) => {
    try {
      return readFileSync(path.join(dir, file), "utf8");
    } catch {
      throw new DataError([{ file: `${folderLabel(dir)}/${file}`, row: null, field: null, message: "cannot read the file" }]);
    }
  });
}

let cached: { dir: string; dataset: Dataset } | undefined;

/**
 * Loads, validates and cross-checks data/ (or `dir`), caching the result per directory.
 * Throws a DataError naming file, row and field on the first load of a malformed folder.
 */
export function loadDataset(dir: string = defaultDataDir()): Dataset {
  if (cached?.dir === dir) return cached.dataset;
  const texts = readDataTexts(dir);
  const dataset = parseDataset(texts, dataVersion(texts), folderLabel(dir));
  cached = { dir, dataset };
  return dataset;
}
