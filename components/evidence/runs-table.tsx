"use client";

import { useState } from "react";
import { EVIDENCE_COLUMNS, evidenceCells, type EvidenceLabels } from "@/lib/views/evidence-table";
import type { EvidenceRow } from "@/lib/views/evidence-run-rows";
import styles from "./evidence.module.css";
import { countText } from "@/lib/format/words";

/** Rows drawn at first and added per "Show more": the table stays light with a thousand rows filtered in. */
export const PAGE_ROWS = 100;

/** A row's and the header's usual heights, for the table's placeholder while it is out of view. */
const ROW_PX = 64;
const HEADER_PX = 40;

type Props = { rows: EvidenceRow[]; labels: EvidenceLabels };

/**
 * The filtered runs, the first PAGE_ROWS of them until the reader asks for more. Give it a `key` that
 * changes with the filters, so a new filter starts again from the first page.
 */
export function RunsTable({ rows, labels }: Props) {
  const [limit, setLimit] = useState(PAGE_ROWS);
  const visible = rows.slice(0, limit);
  const rest = rows.length - visible.length;
  if (rows.length === 0) return <p className="notice">No stored run matches these filters.</p>;
  return (
    <>
      <div
        className={`table-scroll ${styles.runs}`}
        role="region"
        aria-label="Stored runs matching the filters"
        tabIndex={0}
        // Out of view it is neither laid out nor painted (evidence.module.css); until drawn once, its
        // placeholder is about its height: a row is 60-73 px high at 1280-375 px.
        style={{ containIntrinsicSize: `auto ${ROW_PX * visible.length + HEADER_PX}px` }}
      >
        <table data-testid="evidence-runs">
          <thead>
            <tr>
              {EVIDENCE_COLUMNS.map((c) => (
                <th scope="col" key={c.label} className={c.text ? "text" : undefined}>
                  {c.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {visible.map((row) => (
              <tr key={row.id}>
                {evidenceCells(row, labels).map((cell, i) => (
                  <td key={EVIDENCE_COLUMNS[i]?.label ?? i} className={EVIDENCE_COLUMNS[i]?.text ? "text" : undefined}>
                    {cell}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {rest > 0 ? (
        <p className={styles.more}>
          <button type="button" onClick={() => setLimit((n) => n + PAGE_ROWS)}>
            Show {Math.min(PAGE_ROWS, rest)} more
          </button>
          <button type="button" onClick={() => setLimit(rows.length)}>
            Show all {countText(rows.length)}
          </button>
        </p>
      ) : null}
    </>
  );
}
