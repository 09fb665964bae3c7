import { useId } from "react";
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
  /** The scroll region's accessible name; without it the region is named by the caption, else by the first column. */
  label?: string;
};

/**
 * A table whose first column labels each row; every other cell is already formatted by lib/. It sits in a
 * named scroll region the keyboard can reach, so a table wider than a phone can be scrolled without a
 * pointer (WCAG 2.1.1). An empty `first` gets a header only screen readers see (an empty header names nothing).
 */
export function LabelTable({ first, columns, rows, caption, testId, label }: Props) {
  const captionId = useId();
  const name = label !== undefined ? { "aria-label": label } : caption ? { "aria-labelledby": captionId } : { "aria-label": `Table by ${first}` };
  return (
    <div className="table-scroll" role="region" tabIndex={0} {...name}>
      <table data-testid={testId}>
        {caption ? <caption id={captionId}>{caption}</caption> : null}
        <thead>
          <tr>
            <th scope="col" className="text">
              {first === "" ? <span className="visually-hidden">Row</span> : first}
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
