import { createHash, getRandomValues } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { contentSecurityPolicy } from "../security/csp";
import FIXED_HEADERS from "../security/fixed-headers.json";
import { prerenderedScriptHashes } from "../security/static-page-hashes";

/** A prerendered page, held compressed once (brotli at its best level, gzip at 9) with the headers Next gives it. */
type Page = { raw: Buffer; br: Buffer; gzip: Buffer; etag: string; headers: Record<string, string> };

/** A prerendered page's entry in Next's prerender manifest (the fields read here). */
type ManifestRoute = { routeType?: string; initialStatus?: number; initialRevalidateSeconds?: number | false };

/**
 * The build's prerendered pages, by path ("/", "/methodology"…), read from `<distDir>/server/app` with their
 * headers (`.meta`): every page Next lists as a page that never revalidates, with a 200, the 404 and error
 * pages left out. Compressed once here, so serving one costs a lookup and a write, where Next gzips the
 * HTML again on every request (/methodology: 370 kB, a few milliseconds each).
 */
export function loadPrerenderedPages(distDir = path.join(process.cwd(), ".next")): Map<string, Page> {
  const manifest = JSON.parse(readFileSync(path.join(distDir, "prerender-manifest.json"), "utf8")) as { routes: Record<string, ManifestRoute> };
  const pages = new Map<string, Page>();
  for (const [route, entry] of Object.entries(manifest.routes)) {
    if (entry.routeType !== "page" || entry.initialRevalidateSeconds !== false || (entry.initialStatus ?? 200) !== 200 || route.startsWith("/_")) continue;
    const base = path.join(distDir, "server", "app", route === "/" ? "index" : route.slice(1));
    let raw: Buffer;
    let meta: Record<string, string>;
    try {
      raw = readFileSync(`${base}.html`);
      meta = (JSON.parse(readFileSync(`${base}.meta`, "utf8")) as { headers?: Record<string, string> }).headers ?? {};
    } catch {
      continue;
    }
    const br = brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length } });
    pages.set(route, {
      raw,
      br,
      gzip: gzipSync(raw, { level: 9 }),
      etag: `"${createHash("sha256").update(raw).digest("base64url").slice(0, 22)}"`,
      headers: {
        ...meta,
        "Content-Type": "text/html; charset=utf-8",
        // What Next sends with a prerendered page.
        "Cache-Control": "s-maxage=31536000",
        "x-nextjs-cache": "HIT",
        Vary: "rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch, Accept-Encoding",
      },
    });
  }
  return pages;
}

/** What to send: status, headers and body (null for HEAD and 304). */
export type PageAnswer = { status: 200 | 304; headers: Record<string, string>; body: Buffer | null };

/**
 * The answer for a request of a prerendered page as a document (a browser opening it, a crawler, a load
 * test), or null to leave the request to Next: any other path, and Next's own requests for a page's React
 * data (the `rsc` header or an `_rsc` query, sent on client-side navigation and prefetch). Sends brotli or
 * gzip as the request accepts, with the page's Content-Security-Policy (a fresh nonce, the build's script
 * hashes: what proxy.ts gives it) and the fixed security headers.
 */
export function prerenderedAnswer(
  pages: ReadonlyMap<string, Page>,
  request: { method: string; url: string; headers: Record<string, string | string[] | undefined> },
  scriptHashes: () => string[] = cachedHashes,
): PageAnswer | null {
  if (request.method !== "GET" && request.method !== "HEAD") return null;
  const mark = request.url.indexOf("?");
  const pathname = mark === -1 ? request.url : request.url.slice(0, mark);
  const page = pages.get(pathname);
  if (page === undefined || request.headers.rsc !== undefined || request.headers["next-router-prefetch"] !== undefined) return null;
  if (mark !== -1 && /(?:^|&)_rsc=/.test(request.url.slice(mark + 1))) return null;
  const nonce = Buffer.from(getRandomValues(new Uint8Array(16))).toString("base64");
  const headers: Record<string, string> = { ...page.headers, ETag: page.etag, "Content-Security-Policy": contentSecurityPolicy({ nonce, scriptHashes: scriptHashes(), development: false }) };
  for (const { key, value } of FIXED_HEADERS) headers[key] = value;
  if (request.headers["if-none-match"] === page.etag) return { status: 304, headers, body: null };
  const accept = String(request.headers["accept-encoding"] ?? "");
  const [encoding, body] = /\bbr\b/.test(accept) ? ["br", page.br] : /\bgzip\b/.test(accept) ? ["gzip", page.gzip] : [null, page.raw];
  if (encoding !== null) headers["Content-Encoding"] = encoding;
  headers["Content-Length"] = String(body.length);
  return { status: 200, headers, body: request.method === "HEAD" ? null : body };
}

let hashes: string[] | undefined;
function cachedHashes(): string[] {
  hashes ??= prerenderedScriptHashes();
  return hashes;
}
