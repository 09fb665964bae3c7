/**
 * The queries this page wrote itself (the last 50), so the URL reader (calculator-loader.tsx) tells the
 * calculator's own writes (url-state.ts) from Back, Forward and links. Apart from the writer so that the
 * loader, in the page's first-load JavaScript, does not carry the writer and its nuqs parsers.
 */
const written: string[] = [];
let popped = false;
if (typeof window !== "undefined") window.addEventListener("popstate", () => (popped = true));

/** Notes a query the page is about to write, as URLSearchParams writes it (the form useSearchParams gives back). */
export function rememberWrite(query: string) {
  written.push(query);
  if (written.length > 50) written.shift();
}

/**
 * True when `query` (the URL's, as URLSearchParams writes it) did not come from this page's own writes, or
 * came back by Back or Forward: the calculator then takes its values from the URL.
 */
export function isExternalQuery(query: string): boolean {
  const external = popped || !written.includes(query);
  popped = false;
  return external;
}
