import Papa from "papaparse";
import type { z } from "zod";
import type { DataIssue } from "./data-error";

/** A zod object whose every field parses one CSV cell (a string). */
export type RowSchema = z.ZodObject<Record<string, z.ZodType<unknown, string>>>;

export type CsvParseResult<T> = { rows: T[]; issues: DataIssue[] };

/**
 * A data file's text as it is parsed and hashed: a leading byte-order mark dropped, CRLF line ends made "\n".
 *
 * @example normalizeDataText("\uFEFFa,b\r\n1,2\r\n") // "a,b\n1,2\n"
 */
export function normalizeDataText(text: string): string {
  return text.replace(/^\uFEFF/, "").replace(/\r\n/g, "\n");
}

/**
 * Parses CSV text whose columns are exactly the keys of `schema` (in any order) and validates
 * every row. Never throws: all problems come back as issues naming file, row and field.
 *
 * @example parseCsv("a,b\n1,2\n", "data/x.csv", z.object({ a: numberCell(), b: numberCell() })) // { rows: [{ a: 1, b: 2 }], issues: [] }
 */
export function parseCsv<S extends RowSchema>(text: string, file: string, schema: S): CsvParseResult<z.output<S>> {
  const parsed = Papa.parse<Record<string, string | undefined>>(text.replace(/^\uFEFF/, ""), {
    header: true,
    skipEmptyLines: "greedy",
  });
  const issues: DataIssue[] = [];
  const expected = Object.keys(schema.shape);
  const header = parsed.meta.fields ?? [];
  for (const column of expected) {
    if (!header.includes(column)) issues.push({ file, row: null, field: column, message: `missing column "${column}"` });
  }
  for (const column of header) {
    if (!expected.includes(column)) {
      issues.push({ file, row: null, field: column, message: `unknown column "${column}" (expected: ${expected.join(", ")})` });
    }
  }
  if (issues.length > 0) return { rows: [], issues };

  const badShape = new Set<number>();
  for (const error of parsed.errors) {
    const row = error.row === undefined ? null : error.row + 1;
    if (row !== null) badShape.add(row);
    issues.push({ file, row, field: null, message: error.message });
  }

  const rows: z.output<S>[] = [];
  parsed.data.forEach((record, index) => {
    const row = index + 1;
    if (badShape.has(row)) return;
    const result = schema.safeParse(record);
    if (result.success) {
      rows.push(result.data);
      return;
    }
    for (const issue of result.error.issues) {
      const field = typeof issue.path[0] === "string" ? issue.path[0] : null;
      const message = issue.code === "invalid_type" ? "missing value" : issue.message;
      issues.push({ file, row, field, message });
    }
  });
  if (rows.length === 0 && issues.length === 0) issues.push({ file, row: null, field: null, message: "the file has no data rows" });
  return { rows, issues };
}
