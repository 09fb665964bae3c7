"use client";

import { useSearchParams } from "next/navigation";
import { Component, lazy, memo, Suspense, use, useMemo, useState, useSyncExternalStore, type ReactNode } from "react";
import type { CalculatorData } from "@/lib/views/calculator-asset";
import { CalculatorSkeleton } from "./calculator-skeleton";
import { isExternalQuery } from "./url-history";

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

const requests = new Map<string, Promise<CalculatorData>>();

/** The calculator's data file, fetched once per page load (the preload in the head has usually started it). */
function calculatorData(src: string): Promise<CalculatorData> {
  let request = requests.get(src);
  if (request === undefined) {
    request = fetch(src).then((response) => {
      if (!response.ok) throw new Error(`${src}: ${response.status}`);
      return response.json() as Promise<CalculatorData>;
    });
    requests.set(src, request);
  }
  return request;
}

const subscribeNever = () => () => {};
/** True in the browser after hydration, false on the server and while hydrating: the prerendered HTML is the skeleton. */
const useIsClient = () =>
  useSyncExternalStore(
    subscribeNever,
    () => true,
    () => false,
  );

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
    <LoadFailure>
      <Suspense fallback={<CalculatorSkeleton />}>
        <LoadedCalculator src={src} />
      </Suspense>
    </LoadFailure>
  );
}

/** A data file that cannot be fetched (offline, a page older than the server's data) says so instead of breaking the page. */
class LoadFailure extends Component<{ children: ReactNode }, { failed: boolean }> {
  state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  render() {
    return this.state.failed ? <CalculatorSkeleton failed="The calculator's data could not be loaded. Reload the page to try again." /> : this.props.children;
  }
}

function LoadedCalculator({ src }: { src: string }) {
  const data = use(calculatorData(src));
  const search = useSearchParams();
  const query = search.toString();
  // The link as the page opened it, then again only when the URL changes from outside the calculator
  // (Back, Forward, a link): the calculator's own writes (url-state.ts) change nothing here, so writing the
  // URL never re-renders the page.
  const [seen, setSeen] = useState({ query, linkQuery: query, seq: 0 });
  if (query !== seen.query) setSeen(isExternalQuery(query) ? { query, linkQuery: query, seq: seen.seq + 1 } : { ...seen, query });
  const { seq, linkQuery } = seen;
  const link = useMemo(() => ({ seq, query: linkQuery }), [linkQuery, seq]);
  return <LazyCalculator models={data.models} catalog={data.catalog} reliability={data.reliability} link={link} />;
}
