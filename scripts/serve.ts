/**
 * The production server (`npm run serve`, bundled by scripts/bundle.mjs): Next's request handler behind a
 * plain Node HTTP server that answers two kinds of request itself, before Next parses anything
 * (lib/security/request-limits.ts): a method other than GET and HEAD (405; Next's own handling of TRACE
 * fails with a 500 and a logged stack trace) and a query longer or with more parameters than any link the
 * app makes (414; Next's parsing of a 6,000-parameter query took 0.3 s before its proxy could refuse it).
 * The JSON API (/api/v1/) also takes POST and OPTIONS. A prerendered page opened as a document, a static
 * API answer with its own ETag (/api/v1/validation, /api/v1/openapi.json: 304 when the client has it) and
 * the pages' data files (/assets/calculator.<hash>.json, /assets/evidence-runs.<hash>.json) are sent from memory, compressed once at start
 * with brotli and gzip (lib/server/precompressed-pages.ts), a page with the CSP proxy.ts would give it;
 * everything else (Next's React data for client-side navigation, static files) goes to Next.
 * Its header limit is 64 kB instead of Node's 16 kB, so a long share link reaches the page. The fitted
 * models are kept on disk per build (SERVED_CODE_KEY below), so a restart does not refit.
 */
import { readFileSync } from "node:fs";
import http from "node:http";
import next from "next";
import { apiContext } from "../lib/api/endpoints";
import { servedDataset } from "../lib/model/serving/served-dataset";
import { edgeAnswer } from "../lib/security/request-limits";
import { heldPage, loadPrerenderedPages, prerenderedAnswer, type Page } from "../lib/server/precompressed-pages";
import { rewriteHead } from "../lib/server/preview-head";
import { previewPages } from "../lib/server/preview-pages";
import { ASSET_HEADERS, ASSET_PATH, dataAssets } from "../lib/views/data-assets";
import { previewMeta, readPreviewLink } from "../lib/views/link-preview";
import { siteUrl } from "../lib/views/site-url";

/** -p/--port and -H/--hostname as next start takes them; PORT and HOSTNAME otherwise; 3000 and every address by default. */
function serveOptions(argv: readonly string[]) {
  const value = (short: string, long: string) => {
    const i = argv.findIndex((a) => a === short || a === long);
    return i === -1 ? undefined : argv[i + 1];
  };
  const port = Number(value("-p", "--port") ?? process.env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`serve: the port must be an integer from 0 to 65535, got ${String(port)}`);
  return { port, hostname: value("-H", "--hostname") ?? process.env.HOSTNAME ?? "0.0.0.0" };
}

const { port, hostname } = serveOptions(process.argv.slice(2));
// The fits and the track record are kept on disk per build (lib/model/serving/disk-cache.ts): a restart
// of the same build reads them instead of refitting; a new build is new code and fits again.
try {
  process.env.SERVED_CODE_KEY ||= `next-${readFileSync(".next/BUILD_ID", "utf8").trim()}`;
} catch {
  // no build: Next says so below
}
const app = next({ dev: false, hostname, port });
await app.prepare();
const handle = app.getRequestHandler();
const pages = loadPrerenderedPages();
const home = pages.get("/");
const calculatorPage = home === undefined ? null : calculatorPreviews(home);
// The data files join the prerendered answers: Next would send its route's 112 kB and 280 kB uncompressed.
for (const file of dataFiles()) pages.set(file.path, file.page);
const server = http.createServer({ maxHeaderSize: 64 * 1024 }, (request, response) => {
  const method = request.method ?? "";
  const url = request.url ?? "/";
  const refused = edgeAnswer(method, url);
  if (refused !== null) {
    response.writeHead(refused.status, refused.headers);
    response.end(method === "HEAD" ? undefined : refused.body);
    return;
  }
  // A prerendered page opened as a document (or a held static answer): compressed once at start, not on every request.
  const page = prerenderedAnswer(pages, { method, url, headers: request.headers }, undefined, (pathname, search, built) =>
    pathname === "/" && calculatorPage !== null ? calculatorPage(search) : built,
  );
  if (page !== null) {
    response.writeHead(page.status, page.headers);
    response.end(page.body ?? undefined);
    return;
  }
  void handle(request, response);
});
server.listen(port, hostname, () => console.log(`Agent Scaling Calculator on http://${hostname === "0.0.0.0" ? "localhost" : hostname}:${port}`));

/**
 * The pages' data files (lib/views/data-assets.ts), the same bytes, names and headers as their route
 * (app/assets/[file]/route.ts) gives from the same data, held in brotli and gzip: the calculator's 19 kB on
 * the wire (brotli) instead of 112 kB, which a phone on a slow connection waits for before the figures.
 */
function dataFiles(): { path: string; page: Page }[] {
  return dataAssets(servedDataset()).map((asset) => ({
    path: `${ASSET_PATH}${asset.name}`,
    page: heldPage(Buffer.from(asset.json, "utf8"), { ...ASSET_HEADERS, Vary: "Accept-Encoding" }, "route", `"${asset.name}"`),
  }));
}

/**
 * The calculator's page for a link (README, "Link previews"): the prerendered page with the link's own
 * title, description, canonical URL and card image in its head, for link-preview bots, which run no
 * JavaScript. Read with the page's parsers, worded by decisionSummary from the served models (fitted once,
 * kept on disk; the same process cache as Next's), made once per link and kept (lib/server/preview-pages.ts).
 * The head is rewritten once at start, so a build whose head the rewrite cannot read stops the server here.
 */
function calculatorPreviews(page: Page): (search: string) => Page {
  const context = apiContext(servedDataset());
  const site = siteUrl();
  rewriteHead(page.raw.toString("utf8"), previewMeta(context, readPreviewLink("", context.catalog.choices), site));
  return previewPages(page, (search) => {
    const link = readPreviewLink(search, context.catalog.choices);
    return link.plain ? null : { key: `${link.canonicalQuery}\n${link.imageQuery}`, meta: () => previewMeta(context, link, site) };
  });
}
