/**
 * The Content-Security-Policy every page is served with (README.md, "Security headers"). Scripts run
 * only from this origin or inline with this request's nonce (pages rendered per request: /, /evidence)
 * or with a hash of a prerendered page's inline script (/methodology, the 404 page): no 'unsafe-inline'
 * and no 'unsafe-eval' for scripts in production. 'strict-dynamic' is left out on purpose: it would
 * void 'self', and the prerendered pages' <script src> tags carry neither a nonce nor an integrity hash.
 * Styles allow 'unsafe-inline' (and therefore no nonce, which would switch it off): React's and
 * recharts' style attributes need it, and styles cannot run code.
 */
export type CspOptions = {
  /** This request's nonce (base64), applied by Next to the scripts of a page rendered per request. */
  nonce: string;
  /** "sha256-…" sources of the inline scripts of the prerendered pages. */
  scriptHashes: readonly string[];
  /** `next dev` only: React's dev build reconstructs server stacks with eval. */
  development: boolean;
};

/**
 * The policy as one header value, directives separated by "; ".
 *
 * @example contentSecurityPolicy({ nonce: "abc", scriptHashes: [], development: false }).split("; ")[1] // "script-src 'self' 'nonce-abc'"
 */
export function contentSecurityPolicy({ nonce, scriptHashes, development }: CspOptions): string {
  const script = ["'self'", `'nonce-${nonce}'`, ...scriptHashes.map((h) => `'${h}'`), ...(development ? ["'unsafe-eval'"] : [])];
  return [
    "default-src 'self'",
    `script-src ${script.join(" ")}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    // The planner and the run-log upload run in Web Workers bundled under /_next/static.
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** Longest HTML scanned for inline scripts: a prerendered page is well under it (/methodology: about 1 MB). */
export const MAX_SCANNED_HTML_LENGTH = 32_000_000;

/**
 * The text of every inline classic script of an HTML page (no src, no data type such as
 * application/json), exactly as the browser hashes it. One pass: each "<script" is matched to the
 * next "</script>".
 *
 * @example inlineScripts('<script>a()</script><script src="/x.js"></script><script type="application/json">{}</script>') // ["a()"]
 */
export function inlineScripts(html: string): string[] {
  if (html.length > MAX_SCANNED_HTML_LENGTH) throw new Error(`HTML of ${html.length} characters is longer than ${MAX_SCANNED_HTML_LENGTH}`);
  const scripts: string[] = [];
  let from = 0;
  for (;;) {
    const open = html.indexOf("<script", from);
    if (open < 0) break;
    const tagEnd = html.indexOf(">", open);
    const close = tagEnd < 0 ? -1 : html.indexOf("</script>", tagEnd);
    if (close < 0) break;
    const attributes = html.slice(open + "<script".length, tagEnd);
    const type = /\btype=["']?([^"'\s>]+)/i.exec(attributes)?.[1]?.toLowerCase();
    const classic = type === undefined || type === "text/javascript" || type === "module";
    if (!/\bsrc=/i.test(attributes) && classic) scripts.push(html.slice(tagEnd + 1, close));
    from = close + "</script>".length;
  }
  return scripts;
}
