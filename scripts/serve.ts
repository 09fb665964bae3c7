/**
 * The production server (`npm run serve`, bundled by scripts/bundle.mjs): Next's request handler behind a
 * plain Node HTTP server that answers two kinds of request itself, before Next parses anything
 * (lib/security/request-limits.ts): a method other than GET and HEAD (405; Next's own handling of TRACE
 * fails with a 500 and a logged stack trace) and a query longer or with more parameters than any link the
 * app makes (414; Next's parsing of a 6,000-parameter query took 0.3 s before its proxy could refuse it).
 * The JSON API (/api/v1/) also takes POST and OPTIONS. A prerendered page opened as a document, and a static
 * API answer with its own ETag (/api/v1/validation, /api/v1/openapi.json: 304 when the client has it), are
 * sent from memory, compressed once at start with brotli and gzip (lib/server/precompressed-pages.ts), a page
 * with the CSP proxy.ts would give it; everything else (Next's
 * React data for client-side navigation, static files, the calculator's data file) goes to Next.
 * Its header limit is 64 kB instead of Node's 16 kB, so a long share link reaches the page. The fitted
 * models are kept on disk per build (SERVED_CODE_KEY below), so a restart does not refit.
 */
import { readFileSync } from "node:fs";
import http from "node:http";
import next from "next";
import { edgeAnswer } from "../lib/security/request-limits";
import { loadPrerenderedPages, prerenderedAnswer } from "../lib/server/precompressed-pages";

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
const server = http.createServer({ maxHeaderSize: 64 * 1024 }, (request, response) => {
  const method = request.method ?? "";
  const url = request.url ?? "/";
  const refused = edgeAnswer(method, url);
  if (refused !== null) {
    response.writeHead(refused.status, refused.headers);
    response.end(method === "HEAD" ? undefined : refused.body);
    return;
  }
  // A prerendered page opened as a document: its HTML compressed once at start, not on every request.
  const page = prerenderedAnswer(pages, { method, url, headers: request.headers });
  if (page !== null) {
    response.writeHead(page.status, page.headers);
    response.end(page.body ?? undefined);
    return;
  }
  void handle(request, response);
});
server.listen(port, hostname, () => console.log(`Agent Scaling Calculator on http://${hostname === "0.0.0.0" ? "localhost" : hostname}:${port}`));
