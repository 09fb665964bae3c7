"use client";

import { useId, useState } from "react";
import { LabelTable } from "@/components/ui/label-table";
import type { TableRow } from "@/lib/views/validation-rows";

/** The chart's values as text: a toggle under the chart showing them as a table (the same values its tooltips give), named `label` so that two open tables are told apart. */
export function ChartTable({ first, columns, rows, testId, label }: { first: string; columns: string[]; rows: TableRow[]; testId: string; label: string }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <div className="chart-table">
      <button type="button" aria-expanded={open} aria-controls={id} onClick={() => setOpen((o) => !o)} data-testid={`${testId}-toggle`}>
        {open ? "Hide the table" : "Show as a table"}
      </button>
      <div id={id} hidden={!open}>
        {open ? <LabelTable first={first} columns={columns} rows={rows} testId={testId} label={label} /> : null}
      </div>
    </div>
  );
}
