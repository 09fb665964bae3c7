/**
 * The queries this page wrote itself (the last 50), so the URL reader (calculator-loader.tsx) tells the
 * calculator's own writes (url-state.ts) from Back, Forward and links. Apart from the writer so that the
 * loader, in the page's first-load JavaScript, does not carry the writer and its nuqs parsers.
 */
const written: string[] = [];
/**
 * The query Back or Forward last brought (as URLSearchParams writes it), until the page writes again. Kept as
 * the query rather than a flag consumed by the first render that reads it: React may render the loader for
 * the same navigation twice (a transition interrupted and rendered again), and a render must not change
 * what the next one sees (a consumed flag made the second render take Back for the page's own write).
 */
let popped: string | null = null;
// In the capture phase, so it runs before Next's router's own listener whichever was added first: React
// renders a transition started in a popstate event at once (a microtask as soon as that listener returns,
// to keep the browser's scroll restoration), and the loader must by then know the query came by Back.
if (typeof window !== "undefined")
  window.addEventListener(
    "popstate",
    () => {
      popped = new URLSearchParams(window.location.search).toString();
      pops += 1;
      for (const listener of popListeners) listener();
    },
    { capture: true },
  );

/*
 * Back and Forward as a count the loader subscribes to (useSyncExternalStore): Next's useSearchParams alone
 * missed a Back taken in the few milliseconds between the page's pushState and Next's router following it
 * (its replaceState): Next still held the older query, saw no change, and the form kept the newer value
 * (the e2e "Back undoes a change" failed 2-6 runs in 30).
 */
let pops = 0;
const popListeners = new Set<() => void>();

/** Subscribes to Back and Forward (useSyncExternalStore's subscribe). */
export function subscribePops(listener: () => void): () => void {
  popListeners.add(listener);
  return () => popListeners.delete(listener);
}

/** How many times Back or Forward has moved this page (useSyncExternalStore's snapshot). */
export const popCount = () => pops;

/**
 * The query Back or Forward brought, when it is not the one the page last wrote (a move to another entry,
 * not a hash change over the page's own latest write, which may still lead a change waiting to be
 * written); null otherwise.
 */
export function poppedElsewhere(): string | null {
  return popped !== null && popped !== written.at(-1) ? popped : null;
}

/** Notes a query the page is about to write, as URLSearchParams writes it (the form useSearchParams gives back). */
export function rememberWrite(query: string) {
  popped = null;
  written.push(query);
  if (written.length > 50) written.shift();
}

/**
 * True when `query` (the URL's, as URLSearchParams writes it) did not come from this page's own writes, or
 * came back by Back or Forward: the calculator then takes its values from the URL.
 */
export function isExternalQuery(query: string): boolean {
  return query === popped || !written.includes(query);
}
