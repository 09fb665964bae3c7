import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { gunzipSync } from "node:zlib";
import type { PreviewMeta } from "../views/link-preview";
import { heldPage, heldAnswer } from "./precompressed-pages";
import { rewriteHead } from "./preview-head";
import { QUERY_KEPT_CHARS, previewPages } from "./preview-pages";

const HTML =
  '<html><head><title>Default</title><meta name="description" content="default"/></head><body><script>self.__next_f.push([1,"x"])</script></body></html>';
const meta = (title: string): PreviewMeta => ({
  title,
  description: title,
  canonicalUrl: "https://x.org/",
  siteName: "S",
  image: { url: "https://x.org/p.png", width: 1200, height: 630, alt: title },
});

describe("previewPages", () => {
  test("a link's page is made once per key, kept, and served in gzip with its own ETag", () => {
    const page = heldPage(Buffer.from(HTML), { "Content-Type": "text/html; charset=utf-8" }, "page");
    let made = 0;
    const pageFor = previewPages(page, (search) =>
      search === "utm_source=x" ? null : { key: search.split("&").sort().join("&"), meta: () => meta(`T ${++made}`) },
    );
    const first = pageFor("tools=8&value=2");
    assert.equal(pageFor("value=2&tools=8"), first, "the same key: the same page, not made again");
    assert.equal(made, 1);
    assert.ok(first.raw.toString().includes("<title>T 1</title>"));
    assert.notEqual(first.etag, page.etag);
    assert.equal(first.raw.toString(), rewriteHead(HTML, meta("T 1")), "the page rewriteHead makes");
    assert.equal(gunzipSync(first.gzip).toString(), first.raw.toString());
    const sent = heldAnswer(first, { method: "GET", headers: { "accept-encoding": "br, gzip" } }, () => []);
    assert.equal(sent.headers["Content-Encoding"], "gzip", "no brotli copy: gzip, which the request accepts too");
    assert.equal(sent.body, first.gzip);
    assert.notEqual(pageFor("tools=9").etag, first.etag, "another link's tags, another ETag");
    assert.equal(pageFor("utm_source=x"), page, "a link that changes no tag gets the page as built");
    assert.equal(pageFor(""), page);
    const answer = heldAnswer(first, { method: "GET", headers: { "if-none-match": first.etag } }, () => []);
    assert.equal(answer.status, 304);
  });

  test("a query as typed is read once: opened again, it is not parsed again; a long one is parsed every time", () => {
    const page = heldPage(Buffer.from(HTML), {}, "page");
    let parsed = 0;
    const pageFor = previewPages(page, (search) => (++parsed, { key: search.split("&").sort().join("&"), meta: () => meta(search) }));
    const first = pageFor("tools=8&value=2");
    assert.equal(pageFor("tools=8&value=2"), first);
    assert.equal(parsed, 1);
    assert.equal(pageFor("value=2&tools=8"), first, "written another way: parsed, and the same page");
    assert.equal(parsed, 2);
    const long = `tools=8&note=${"x".repeat(QUERY_KEPT_CHARS)}`;
    pageFor(long);
    pageFor(long);
    assert.equal(parsed, 4);
  });

  test("at most `capacity` pages are kept: the one used longest ago is made again", () => {
    const page = heldPage(Buffer.from(HTML), {}, "page");
    let made = 0;
    const pageFor = previewPages(page, (search) => ({ key: search, meta: () => meta(`T ${++made}`) }), 2);
    pageFor("a=1");
    pageFor("b=1");
    pageFor("c=1");
    pageFor("b=1");
    assert.equal(made, 3);
    pageFor("a=1");
    assert.equal(made, 4);
  });
});
