"use client";

import { useEffect, useMemo, useSyncExternalStore } from "react";
import { filterEvidenceRows, NO_FILTERS, type EvidenceFilterOptions, type EvidenceFilters } from "@/lib/views/evidence-filters";
import type { EvidenceRow } from "@/lib/views/evidence-rows";
import { matchText, type EvidenceLabels } from "@/lib/views/evidence-table";
import { CsvDownloadButton } from "./csv-download-button";
import { useEvidenceFilters } from "./evidence-url";
import { RunFilters } from "./run-filters";
import { RunsTable } from "./runs-table";
import styles from "./evidence.module.css";

type Props = {
  rows: EvidenceRow[];
  labels: EvidenceLabels;
  options: EvidenceFilterOptions;
  dataVersion: string;
  /** Filters the link set to values the page does not offer: removed from the URL once the page is live. */
  ignoredKeys: (keyof EvidenceFilters)[];
};

const subscribeNever = () => () => {};
/** False while rendering on the server and hydrating, true once React runs in the browser. */
const useIsClient = () => useSyncExternalStore(subscribeNever, () => true, () => false);

/** Every stored run, filtered in the browser by the filters in the URL, with a CSV of the filtered set. */
export function RunsExplorer({ rows, labels, options, dataVersion, ignoredKeys }: Props) {
  const [filters, setFilters] = useEvidenceFilters(options);
  const isClient = useIsClient();
  useEffect(() => {
    if (ignoredKeys.length > 0) void setFilters(Object.fromEntries(ignoredKeys.map((k) => [k, null])));
  }, [ignoredKeys, setFilters]);
  const shown = useMemo(() => filterEvidenceRows(rows, filters), [rows, filters]);
  return (
    <div className="runs-explorer" data-hydrated={isClient ? "true" : undefined}>
      <RunFilters
        filters={filters}
        options={options}
        onSelect={(key, value) => void setFilters({ [key]: value })}
        onSuccessOnly={(on) => void setFilters({ successOnly: on })}
        onClear={() => void setFilters(NO_FILTERS)}
      />
      <div className={styles.toolbar}>
        <p role="status" data-testid="evidence-count">
          {matchText(shown.length, rows.length)}
        </p>
        <CsvDownloadButton rows={shown} labels={labels} dataVersion={dataVersion} />
      </div>
      <RunsTable key={JSON.stringify(filters)} rows={shown} labels={labels} />
    </div>
  );
}
