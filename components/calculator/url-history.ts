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
  window.addEventListener("popstate", () => (popped = new URLSearchParams(window.location.search).toString()), { capture: true });

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
