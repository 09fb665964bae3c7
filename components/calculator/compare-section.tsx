"use client";

import type { CompareRow } from "@/lib/views/compare";

type Props = {
  /** A's rows beside B's, or null when nothing is pinned. */
  rows: CompareRow[] | null;
  notices: string[];
  onPin: () => void;
  onClear: () => void;
};

/** Compare: pin the current scenario as A, change anything, and read B (the current one) beside it. Both live in the link. */
export function CompareSection({ rows, notices, onPin, onClear }: Props) {
  return (
    <section className={rows === null ? "compare compare-idle" : "compare"} aria-labelledby="compare-heading" data-testid="compare">
      <h2 id="compare-heading">Compare</h2>
      {rows === null ? (
        <p className="hint">
          <button type="button" onClick={onPin} data-testid="compare-pin">
            Pin this scenario as A
          </button>{" "}
          then change anything: the page shows the new scenario (B) beside A.
        </p>
      ) : (
        <>
          {notices.map((n) => (
            <p key={n} className="notice" role="status">
              {n}
            </p>
          ))}
          <div className="table-scroll" role="region" tabIndex={0} aria-label="Scenario A beside scenario B">
            <table data-testid="compare-table">
              <caption>A: the pinned scenario; B: the current one (the rest of the page shows B).</caption>
              <thead>
                <tr>
                  <th scope="col" className="text">
                    <span className="visually-hidden">Figure</span>
                  </th>
                  <th scope="col">A (pinned)</th>
                  <th scope="col">B (current)</th>
                  <th scope="col">B against A</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.label}>
                    <th scope="row">{r.label}</th>
                    <td>{r.a}</td>
                    <td>{r.b}</td>
                    <td>{r.difference}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p>
            <button type="button" onClick={onPin} data-testid="compare-repin">
              Pin B as A
            </button>{" "}
            <button type="button" onClick={onClear} data-testid="compare-clear">
              Clear the comparison
            </button>
          </p>
        </>
      )}
    </section>
  );
}
