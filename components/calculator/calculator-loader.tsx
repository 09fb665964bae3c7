"use client";

import { useSearchParams } from "next/navigation";
import { lazy, memo, Suspense, use, useMemo, useState, useSyncExternalStore } from "react";
import { DataFileFailure, fetchDataFile, useIsClient } from "@/components/ui/data-file";
import type { CalculatorData } from "@/lib/views/data-assets";
import { CalculatorSkeleton } from "./calculator-skeleton";
import { isExternalQuery, popCount, poppedElsewhere, subscribePops } from "./url-history";

/**
 * The calculator's code, a chunk of its own: it downloads beside the data file instead of before the page
 * is interactive (the first-load JavaScript is the framework and this loader). Asked for when the loader
 * first renders in the browser (it hydrates as the skeleton), not when this module runs: with webpack,
 * Next's client manifest maps `next/link` to the calculator page's entry chunk, so every page that has a
 * link loads and runs this module; asking at module scope made /methodology, /evidence and /api download
 * and evaluate the whole calculator (about 150 kB) they never show.
 */
const loadCalculator = () => import("./calculator");
const LazyCalculator = lazy(() => loadCalculator().then((m) => ({ default: memo(m.Calculator) })));

/**
 * The calculator's client island on a static page: the skeleton until the data has arrived, then the
 * calculator with the link's query, which the calculator reads in the browser (url-state.ts, readLink) with
 * the same descriptors as every other input, and words its notices (ignored values, another data version).
 */
export function CalculatorLoader({ src }: { src: string }) {
  const isClient = useIsClient();
  // Idempotent: the module loader keeps the one request.
  if (typeof window !== "undefined") void loadCalculator();
  if (!isClient) return <CalculatorSkeleton />;
  return (
    <DataFileFailure failed={<CalculatorSkeleton failed="The calculator's data could not be loaded. Reload the page to try again." />}>
      <Suspense fallback={<CalculatorSkeleton />}>
        <LoadedCalculator src={src} />
      </Suspense>
    </DataFileFailure>
  );
}

function LoadedCalculator({ src }: { src: string }) {
  const data = use(fetchDataFile<CalculatorData>(src));
  const search = useSearchParams();
  const query = search.toString();
  // The link as the page opened it, then again only when the URL changes from outside the calculator
  // (Back, Forward, a link): the calculator's own writes (url-state.ts) change nothing here, so writing the
  // URL never re-renders the page.
  const pops = useSyncExternalStore(subscribePops, popCount, () => 0);
  const [seen, setSeen] = useState({ query, linkQuery: query, seq: 0, pops });
  const popped = pops === seen.pops ? null : poppedElsewhere();
  // Back or Forward to another entry: its query, whether or not Next's router has caught up with the
  // page's last write (url-history.ts); Next's report of the same query then changes nothing.
  if (popped !== null) setSeen({ query: popped, linkQuery: popped, seq: seen.seq + 1, pops });
  else if (pops !== seen.pops) setSeen({ ...seen, pops });
  else if (query !== seen.query) setSeen(isExternalQuery(query) ? { query, linkQuery: query, seq: seen.seq + 1, pops } : { ...seen, query });
  const { seq, linkQuery } = seen;
  const link = useMemo(() => ({ seq, query: linkQuery }), [linkQuery, seq]);
  return <LazyCalculator models={data.models} catalog={data.catalog} reliability={data.reliability} link={link} />;
}
