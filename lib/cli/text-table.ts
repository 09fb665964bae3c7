/** A column of a plain-text table: its header and whether cells align right (numbers) or left. */
export type TextColumn = { header: string; align: "left" | "right" };

/**
 * Lays out rows as a monospace table with a header rule, padding each column to its widest cell.
 *
 * @example formatTextTable([{ header: "a", align: "left" }], [["x"]]) // "a\n─\nx"
 */
export function formatTextTable(columns: readonly TextColumn[], rows: readonly (readonly string[])[]): string {
  const widths = columns.map((c, j) => Math.max([...c.header].length, ...rows.map((r) => [...(r[j] ?? "")].length)));
  const pad = (text: string, j: number) => {
    const width = widths[j] ?? 0;
    const fill = " ".repeat(Math.max(0, width - [...text].length));
    return columns[j]?.align === "right" ? fill + text : text + fill;
  };
  const line = (cells: readonly string[]) =>
    columns
      .map((_, j) => pad(cells[j] ?? "", j))
      .join("  ")
      .trimEnd();
  return [line(columns.map((c) => c.header)), widths.map((w) => "─".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}
