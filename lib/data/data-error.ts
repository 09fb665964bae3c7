/** One problem found in a data file: where it is and what is wrong. */
export type DataIssue = {
  /** File name as the user sees it, e.g. "data/runs.csv". */
  file: string;
  /** 1-based data row (the header is not counted), or null for a whole-file problem. */
  row: number | null;
  /** Column name, or null when the problem is not tied to one column. */
  field: string | null;
  message: string;
};

/** Formats an issue as one line, e.g. `data/runs.csv, row 12 (line 13), field "success_rate": ...`. */
export function formatDataIssue(issue: DataIssue): string {
  const where = [issue.file];
  if (issue.row !== null) where.push(`row ${issue.row} (line ${issue.row + 1})`);
  if (issue.field !== null) where.push(`field "${issue.field}"`);
  return `${where.join(", ")}: ${issue.message}`;
}

/** Thrown when stored data fails validation; `issues` lists every problem found, in file order. */
export class DataError extends Error {
  readonly issues: readonly DataIssue[];

  constructor(issues: readonly DataIssue[]) {
    const shown = issues.slice(0, 20).map(formatDataIssue);
    const more = issues.length > shown.length ? [`... and ${issues.length - shown.length} more`] : [];
    super(["Invalid data:", ...shown, ...more].join("\n  "));
    this.name = "DataError";
    this.issues = issues;
  }
}
