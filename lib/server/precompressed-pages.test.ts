import assert from "node:assert/strict";
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { loadPrerenderedPages, prerenderedAnswer } from "./precompressed-pages";

describe("prerendered pages served compressed once", () => {
  let dist = "";
  const json = JSON.stringify({ trust: Array.from({ length: 200 }, (_, i) => ({ i, figure: 0.5 })) });
  const html = `<!doctype html><html><body>${"<p>methodology</p>".repeat(500)}<script>self.__next_f.push([1,"x"])</script></body></html>`;
  before(() => {
    dist = mkdtempSync(path.join(tmpdir(), "prerendered-"));
    mkdirSync(path.join(dist, "server", "app"), { recursive: true });
    const routes = {
      "/methodology": { routeType: "page", initialRevalidateSeconds: false },
      "/": { routeType: "page", initialRevalidateSeconds: false },
      "/_not-found": { routeType: "page", initialRevalidateSeconds: false, initialStatus: 404 },
      "/icon.svg": { routeType: "route", initialRevalidateSeconds: false },
      "/hourly": { routeType: "page", initialRevalidateSeconds: 3600 },
      "/api/v1/validation": {
        routeType: "route",
        initialRevalidateSeconds: false,
        initialHeaders: { "content-type": "application/json", etag: '"v1"', "access-control-allow-origin": "*", "x-next-cache-tags": "_N_T_/layout" },
      },
    };
    writeFileSync(path.join(dist, "prerender-manifest.json"), JSON.stringify({ routes }));
    for (const name of ["methodology", "index", "_not-found", "hourly"]) {
      writeFileSync(path.join(dist, "server", "app", `${name}.html`), html);
      writeFileSync(path.join(dist, "server", "app", `${name}.meta`), JSON.stringify({ headers: { "x-nextjs-prerender": "1" } }));
    }
    mkdirSync(path.join(dist, "server", "app", "api", "v1"), { recursive: true });
    writeFileSync(path.join(dist, "server", "app", "api", "v1", "validation.body"), json);
  });
  after(() => rmSync(dist, { recursive: true, force: true }));

  test("only pages that never revalidate and answer 200 are held", () => {
    assert.deepEqual([...loadPrerenderedPages(dist).keys()].sort(), ["/", "/api/v1/validation", "/methodology"]);
  });

  test("a document request gets brotli, gzip or the raw HTML as it accepts, with the page's headers and a CSP", () => {
    const pages = loadPrerenderedPages(dist);
    const ask = (encoding: string) =>
      prerenderedAnswer(pages, { method: "GET", url: "/methodology?x=1", headers: { "accept-encoding": encoding } }, () => ["sha256-abc"]);
    const br = ask("gzip, deflate, br");
    assert.equal(br?.headers["Content-Encoding"], "br");
    assert.equal(brotliDecompressSync(br?.body ?? Buffer.alloc(0)).toString(), html);
    assert.ok((br?.body?.length ?? 0) < html.length / 3);
    assert.equal(gunzipSync(ask("gzip")?.body ?? Buffer.alloc(0)).toString(), html);
    const raw = ask("");
    assert.equal(raw?.headers["Content-Encoding"], undefined);
    assert.equal(raw?.body?.toString(), html);
    assert.equal(raw?.headers["x-nextjs-prerender"], "1");
    assert.equal(raw?.headers["X-Content-Type-Options"], "nosniff");
    assert.match(raw?.headers["Content-Security-Policy"] ?? "", /script-src 'self' 'nonce-[^']+' 'sha256-abc'/);
  });

  test("Next's own requests for a page's React data, other paths and other methods go to Next", () => {
    const pages = loadPrerenderedPages(dist);
    assert.equal(prerenderedAnswer(pages, { method: "GET", url: "/methodology", headers: { rsc: "1" } }), null);
    assert.equal(prerenderedAnswer(pages, { method: "GET", url: "/methodology?_rsc=abc12", headers: {} }), null);
    assert.equal(prerenderedAnswer(pages, { method: "GET", url: "/", headers: { "next-router-prefetch": "1" } }), null);
    assert.equal(prerenderedAnswer(pages, { method: "GET", url: "/evidence", headers: {} }), null);
    assert.equal(prerenderedAnswer(pages, { method: "POST", url: "/", headers: {} }), null);
  });

  test("HEAD has no body; a matching ETag is a 304", () => {
    const pages = loadPrerenderedPages(dist);
    const head = prerenderedAnswer(pages, { method: "HEAD", url: "/", headers: {} }, () => []);
    assert.equal(head?.body, null);
    const etag = head?.headers.ETag ?? "";
    assert.equal(prerenderedAnswer(pages, { method: "GET", url: "/", headers: { "if-none-match": etag } }, () => [])?.status, 304);
  });

  test("a static route's answer keeps its own ETag and headers, answers 304 to a request that has it, and carries no CSP", () => {
    const pages = loadPrerenderedPages(dist);
    const answer = prerenderedAnswer(pages, { method: "GET", url: "/api/v1/validation", headers: { "accept-encoding": "br" } }, () => []);
    assert.equal(answer?.status, 200);
    assert.equal(answer?.headers.ETag, '"v1"');
    assert.equal(answer?.headers["access-control-allow-origin"], "*");
    assert.equal(answer?.headers["x-next-cache-tags"], undefined);
    assert.equal(answer?.headers["Content-Security-Policy"], undefined);
    assert.equal(answer?.headers["X-Content-Type-Options"], "nosniff");
    assert.equal(brotliDecompressSync(answer?.body ?? Buffer.alloc(0)).toString(), json);
    for (const tag of ['"v1"', 'W/"v1"', '"x", "v1"', "*"]) {
      assert.equal(prerenderedAnswer(pages, { method: "GET", url: "/api/v1/validation", headers: { "if-none-match": tag } })?.status, 304, tag);
    }
    assert.equal(prerenderedAnswer(pages, { method: "GET", url: "/api/v1/validation", headers: { "if-none-match": '"v0"' } })?.status, 200);
  });
});
