import { readFileSync } from "node:fs";
import path from "node:path";
import Papa from "papaparse";

export type SourceRow = Record<string, string>;

/** One file of shared/data/external: its `#` provenance lines (without "# ") and its data rows. */
export type ExternalCsv = { file: string; header: string[]; rows: SourceRow[] };

/** Reads an external CSV, keeping its leading `#` lines apart from the data. */
export function readExternalCsv(dir: string, file: string): ExternalCsv {
  const text = readFileSync(path.join(dir, file), "utf8").replace(/\r\n/g, "\n");
  const lines = text.split("\n");
  const header = lines.filter((line) => line.startsWith("#")).map((line) => line.replace(/^#\s?/, ""));
  const data = lines.filter((line) => !line.startsWith("#")).join("\n");
  const parsed = Papa.parse<SourceRow>(data, { header: true, skipEmptyLines: "greedy" });
  if (parsed.errors.length > 0) throw new Error(`${file}: ${parsed.errors.map((e) => `row ${e.row}: ${e.message}`).join("; ")}`);
  return { file, header, rows: parsed.data };
}

/** A source cell that must exist (the column is in the file), e.g. need(row, "success", file). */
export function need(row: SourceRow, key: string, file: string): string {
  const value = row[key];
  if (value === undefined) throw new Error(`${file}: source column "${key}" missing`);
  return value;
}

/** Looks a printed name up in a mapping, stopping on a name the mapping does not know. */
export function mapped(map: Readonly<Record<string, string>>, printed: string, what: string): string {
  const id = map[printed];
  if (id === undefined) throw new Error(`no ${what} id for the printed name ${JSON.stringify(printed)}`);
  return id;
}
