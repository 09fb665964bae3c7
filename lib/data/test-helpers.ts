import { cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Papa from "papaparse";

/**
 * Copies data/ to a fresh temporary folder and applies `edit` to one file's text (an edit returning
 * null deletes the file). Returns the folder and a cleanup function.
 */
export function corruptedCopy(file: string, edit: (text: string) => string | null): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), "asc-data-"));
  cpSync(path.join(process.cwd(), "data"), dir, { recursive: true });
  const target = path.join(dir, file);
  const edited = edit(readFileSync(target, "utf8"));
  if (edited === null) unlinkSync(target);
  else writeFileSync(target, edited);
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Replaces one cell (1-based data row, named column) of CSV text whose cells hold no commas. */
export function setCell(text: string, row: number, column: string, value: string): string {
  const lines = text.split("\n");
  const header = (lines[0] ?? "").split(",");
  const col = header.indexOf(column);
  if (col < 0) throw new Error(`no column ${column}`);
  const cells = (lines[row] ?? "").split(",");
  cells[col] = value;
  lines[row] = cells.join(",");
  return lines.join("\n");
}

/** Replaces one cell (1-based data row, named column) of any CSV text, quoted cells included. */
export function setCsvCell(text: string, row: number, column: string, value: string): string {
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: "greedy" });
  const record = parsed.data[row - 1];
  if (record === undefined || !(parsed.meta.fields ?? []).includes(column)) throw new Error(`no row ${row} or column ${column}`);
  record[column] = value;
  return `${Papa.unparse(parsed.data, { columns: parsed.meta.fields, newline: "\n" })}\n`;
}

/** The 1-based data row of the first CSV record that satisfies `match`. */
export function findCsvRow(text: string, match: (record: Record<string, string>) => boolean): number {
  const index = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: "greedy" }).data.findIndex(match);
  if (index < 0) throw new Error("no matching row");
  return index + 1;
}
