"use client";

import { EVIDENCE_CSV_COLUMNS, evidenceCsvData, evidenceCsvName, type EvidenceLabels } from "@/lib/views/evidence-table";
import type { EvidenceRow } from "@/lib/views/evidence-run-rows";
import { countText } from "@/lib/format/words";

type Props = { rows: EvidenceRow[]; labels: EvidenceLabels; dataVersion: string };

/** Downloads the given rows (the filtered set, not only the page drawn) as CSV, built in the browser. */
export function CsvDownloadButton({ rows, labels, dataVersion }: Props) {
  const download = async () => {
    // papaparse loads on the first click: the page does not carry it until someone downloads.
    const Papa = (await import("papaparse")).default;
    const text = Papa.unparse({ fields: [...EVIDENCE_CSV_COLUMNS], data: evidenceCsvData(rows, labels) }, { newline: "\n" });
    const url = URL.createObjectURL(new Blob([`${text}\n`], { type: "text/csv;charset=utf-8" }));
    const link = document.createElement("a");
    link.href = url;
    link.download = evidenceCsvName(dataVersion);
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  return (
    <button type="button" onClick={() => void download()} disabled={rows.length === 0}>
      Download CSV ({countText(rows.length)} {rows.length === 1 ? "row" : "rows"})
    </button>
  );
}
