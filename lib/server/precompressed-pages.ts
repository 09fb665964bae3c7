import { createHash, randomFillSync } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { contentSecurityPolicy } from "../security/csp";
import FIXED_HEADERS from "../security/fixed-headers.json";
import { prerenderedScriptHashes } from "../security/static-page-hashes";
import { ifNoneMatchHits } from "../api/http";

/**
 * A prerendered answer, held compressed (brotli, when there is a copy: else gzip is sent; and gzip) with the headers Next gives it: a page (sent with
 * the page's Content-Security-Policy) or a static route's answer that carries an ETag of its own.
 */
export type Page = { raw: Buffer; br: Buffer | null; gzip: Buffer; etag: string; headers: Record<string, string>; kind: "page" | "route" };

/** A prerendered page's or route's entry in Next's prerender manifest (the fields read here). */
type ManifestRoute = { routeType?: string; initialStatus?: number; initialRevalidateSeconds?: number | false; initialHeaders?: Record<string, string> };

/** What Next sends with a prerendered page. */
const PAGE_HEADERS = {
  "Content-Type": "text/html; charset=utf-8",
  "Cache-Control": "s-maxage=31536000",
  "x-nextjs-cache": "HIT",
  Vary: "rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch, Accept-Encoding",
};

/** A strong ETag of a body: 22 characters of its SHA-256, base64url, quoted. */
export function bodyEtag(raw: Buffer): string {
  return `"${createHash("sha256").update(raw).digest("base64url").slice(0, 22)}"`;
}

/** An answer held compressed, compressed once: brotli at 11 (the best) and gzip at 9. */
export function heldPage(raw: Buffer, headers: Record<string, string>, kind: Page["kind"], etag = bodyEtag(raw)): Page {
  return {
    raw,
    br: brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length } }),
    gzip: gzipSync(raw, { level: 9 }),
    etag,
    headers,
    kind,
  };
}

/**
 * The build's prerendered pages, by path ("/", "/methodology"…), read from `<distDir>/server/app` with their
 * headers (`.meta`): every page Next lists as a page that never revalidates, with a 200, the 404 and error
 * pages left out; and every static route answer that sets its own ETag (/api/v1/validation,
 * /api/v1/openapi.json), which Next sends with a 200 even to a request that already has it. Compressed once
 * here, so serving one costs a lookup and a write, where Next gzips the HTML again on every request
 * (/methodology: 370 kB, a few milliseconds each).
 */
export function loadPrerenderedPages(distDir = path.join(process.cwd(), ".next")): Map<string, Page> {
  const manifest = JSON.parse(readFileSync(path.join(distDir, "prerender-manifest.json"), "utf8")) as { routes: Record<string, ManifestRoute> };
  const pages = new Map<string, Page>();
  for (const [route, entry] of Object.entries(manifest.routes)) {
    if (entry.initialRevalidateSeconds !== false || (entry.initialStatus ?? 200) !== 200 || route.startsWith("/_")) continue;
    const base = path.join(distDir, "server", "app", route === "/" ? "index" : route.slice(1));
    if (entry.routeType === "page") {
      let raw: Buffer;
      let meta: Record<string, string>;
      try {
        raw = readFileSync(`${base}.html`);
        meta = (JSON.parse(readFileSync(`${base}.meta`, "utf8")) as { headers?: Record<string, string> }).headers ?? {};
      } catch {
        continue;
      }
      pages.set(route, heldPage(raw, { ...meta, ...PAGE_HEADERS }, "page"));
    } else if (entry.routeType === "route") {
      const { etag, "x-next-cache-tags": _tags, ...headers } = entry.initialHeaders ?? {};
      if (etag === undefined) continue;
      let raw: Buffer;
      try {
        raw = readFileSync(`${base}.body`);
      } catch {
        continue;
      }
      pages.set(route, heldPage(raw, { ...headers, Vary: "Accept-Encoding" }, "route", etag));
    }
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
 * hashes: what proxy.ts gives it) and the fixed security headers. `variant` may answer a page's query with
 * a page of its own (the calculator's link previews: lib/server/preview-pages.ts); by default every query
 * gets the page as built.
 */
export function prerenderedAnswer(
  pages: ReadonlyMap<string, Page>,
  request: { method: string; url: string; headers: Record<string, string | string[] | undefined> },
  scriptHashes: () => string[] = cachedHashes,
  variant: (pathname: string, search: string, page: Page) => Page = (_pathname, _search, page) => page,
): PageAnswer | null {
  if (request.method !== "GET" && request.method !== "HEAD") return null;
  const mark = request.url.indexOf("?");
  const pathname = mark === -1 ? request.url : request.url.slice(0, mark);
  const page = pages.get(pathname);
  if (page === undefined || request.headers.rsc !== undefined || request.headers["next-router-prefetch"] !== undefined) return null;
  const search = mark === -1 ? "" : request.url.slice(mark + 1);
  if (/(?:^|&)_rsc=/.test(search)) return null;
  return heldAnswer(variant(pathname, search, page), request, scriptHashes);
}

/**
 * The answer from a held page (a prerendered one, or one made for a link: lib/server/preview-pages.ts): 304
 * when the request has it (If-None-Match, weak comparison), else brotli or gzip as the request accepts,
 * with the fixed security headers and, for a page, a Content-Security-Policy with a fresh nonce and the
 * build's script hashes (what proxy.ts gives it).
 */
export function heldAnswer(
  page: Page,
  request: { method: string; headers: Record<string, string | string[] | undefined> },
  scriptHashes: () => string[] = cachedHashes,
): PageAnswer {
  const headers: Record<string, string> = { ...page.headers, ETag: page.etag };
  if (page.kind === "page") {
    headers["Content-Security-Policy"] = contentSecurityPolicy({ nonce: freshNonce(), scriptHashes: scriptHashes(), development: false });
  }
  for (const { key, value } of FIXED_HEADERS) headers[key] = value;
  const match = request.headers["if-none-match"];
  if (ifNoneMatchHits(Array.isArray(match) ? match.join(",") : match, page.etag)) return { status: 304, headers, body: null };
  const accept = String(request.headers["accept-encoding"] ?? "");
  const [encoding, body] = page.br !== null && /\bbr\b/.test(accept) ? ["br", page.br] : /\bgzip\b/.test(accept) ? ["gzip", page.gzip] : [null, page.raw];
  if (encoding !== null) headers["Content-Encoding"] = encoding;
  headers["Content-Length"] = String(body.length);
  return { status: 200, headers, body: request.method === "HEAD" ? null : body };
}

const NONCE_BYTES = 16;
const noncePool = Buffer.alloc(NONCE_BYTES * 256);
let nonceAt = noncePool.length;

/**
 * A fresh nonce: 16 random bytes in base64, each byte used once. The bytes come from the system's secure
 * random source 4 kB at a time (one call per 256 nonces instead of one per request).
 */
function freshNonce(): string {
  if (nonceAt === noncePool.length) {
    randomFillSync(noncePool);
    nonceAt = 0;
  }
  nonceAt += NONCE_BYTES;
  return noncePool.toString("base64", nonceAt - NONCE_BYTES, nonceAt);
}

let hashes: string[] | undefined;
function cachedHashes(): string[] {
  hashes ??= prerenderedScriptHashes();
  return hashes;
}
