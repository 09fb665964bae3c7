import type { TableRow } from "@/lib/views/validation-rows";

type Props = {
  first: string;
  columns: string[];
  /**
   * A row with `recommended` is starred and highlighted (the caption should say what the star means); a
   * `flagged` row is marked as a warning (its cells and the caption should say why).
   */
  rows: (TableRow & { recommended?: boolean; flagged?: boolean })[];
  caption?: string;
  testId?: string;
  /** The scroll region's accessible name: when given, the region can be reached and scrolled by keyboard. */
  label?: string;
};

/** A table whose first column labels each row; every other cell is already formatted by lib/. */
export function LabelTable({ first, columns, rows, caption, testId, label }: Props) {
  return (
    <div className="table-scroll" {...(label === undefined ? {} : { role: "region", "aria-label": label, tabIndex: 0 })}>
      <table data-testid={testId}>
        {caption ? <caption>{caption}</caption> : null}
        <thead>
          <tr>
            <th scope="col" className="text">
              {first}
            </th>
            {columns.map((c) => (
              <th scope="col" key={c}>
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.label} className={r.recommended ? "recommended-row" : r.flagged ? "flagged-row" : undefined}>
              <th scope="row">
                {r.recommended ? "★ " : ""}
                {r.label}
              </th>
              {r.cells.map((cell, i) => (
                <td key={columns[i] ?? i}>{cell}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
