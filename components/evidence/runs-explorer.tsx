"use client";

import { useSearchParams } from "next/navigation";
import { Suspense, use, useEffect, useMemo, useState } from "react";
import { DataFileFailure, fetchDataFile, useIsClient } from "@/components/ui/data-file";
import { filterEvidenceRows, ignoredFilterNotices, NO_FILTERS, parseEvidenceFilters, type EvidenceFilterOptions } from "@/lib/views/evidence-filters";
import type { EvidenceRunsData } from "@/lib/views/data-assets";
import type { EvidenceRow } from "@/lib/views/evidence-run-rows";
import { matchText, type EvidenceLabels } from "@/lib/views/evidence-table";
import { CsvDownloadButton } from "./csv-download-button";
import { useEvidenceFilters } from "./evidence-url";
import { RunFilters } from "./run-filters";
import { RunsTable } from "./runs-table";
import styles from "./evidence.module.css";

type Shared = {
  labels: EvidenceLabels;
  options: EvidenceFilterOptions;
  dataVersion: string;
};
type Props = Shared & { rows: EvidenceRow[] };

const skeleton = <div className="skeleton skeleton-table" data-testid="runs-skeleton" aria-busy="true" />;

/**
 * Every stored run, filtered in the browser by the filters in the URL, with a CSV of the filtered set. The
 * page is static and its prerender knows no link: the HTML (and hydration) hold an empty block of the
 * table's height, and the table is rendered once React runs in the browser and the runs' data file `src`
 * (lib/views/data-assets.ts) has arrived, with the link's filters, so a filtered link never shows the
 * unfiltered table first.
 */
export function RunsExplorer({ src, ...shared }: Shared & { src: string }) {
  if (!useIsClient()) return skeleton;
  return (
    <DataFileFailure
      failed={
        <p className="notice" role="alert" data-testid="runs-failed">
          The stored runs could not be loaded. Reload the page to try again.
        </p>
      }
    >
      <Suspense fallback={skeleton}>
        <LoadedRunsExplorer src={src} {...shared} />
      </Suspense>
    </DataFileFailure>
  );
}

function LoadedRunsExplorer({ src, ...shared }: Shared & { src: string }) {
  const { rows } = use(fetchDataFile<EvidenceRunsData>(src));
  return <LiveRunsExplorer rows={rows} {...shared} />;
}

/** The explorer itself, in the browser: reads the link's filters and names the values it ignores. */
function LiveRunsExplorer({ rows, labels, options, dataVersion }: Props) {
  const [filters, setFilters] = useEvidenceFilters(options);
  const search = useSearchParams();
  // The link as opened: its ignored values are named once, then removed from the URL.
  const [ignored] = useState(() => parseEvidenceFilters(Object.fromEntries([...search.keys()].map((k) => [k, search.getAll(k)])), options).ignored);
  const notices = useMemo(() => ignoredFilterNotices(ignored), [ignored]);
  useEffect(() => {
    if (ignored.length > 0) void setFilters(Object.fromEntries(ignored.map((i) => [i.key, null])));
  }, [ignored, setFilters]);
  const shown = useMemo(() => filterEvidenceRows(rows, filters), [rows, filters]);
  return (
    <div className="runs-explorer" data-hydrated="true">
      {notices.length > 0 ? (
        <div className="notice" role="status" data-testid="evidence-notices">
          <ul>
            {notices.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        </div>
      ) : null}
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
