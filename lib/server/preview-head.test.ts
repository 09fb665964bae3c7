import assert from "node:assert/strict";
import { describe, test } from "node:test";
import type { PreviewMeta } from "../views/link-preview";
import { escapeHtml, previewTags, rewriteHead } from "./preview-head";

const meta = (over: Partial<PreviewMeta> = {}): PreviewMeta => ({
  title: "Hybrid, 4 agents · 58% success · Agent Scaling Calculator",
  description: "For a task with 8 tools: build Hybrid.",
  canonicalUrl: "https://x.org/?tools=8",
  siteName: "Agent Scaling Calculator",
  image: { url: "https://x.org/preview.png?tools=8&v=e1.4", width: 1200, height: 630, alt: "The card" },
  ...over,
});

/** A head as Next 16 writes it from app/page.tsx's metadata, with the scripts the CSP hashes after it. */
const BUILT =
  '<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/>' +
  '<script src="/_next/static/chunks/main.js" async=""></script><meta name="theme-color" media="(prefers-color-scheme: light)" content="#ffffff"/>' +
  '<title>Not shown better · 50% success · Agent Scaling Calculator</title><meta name="description" content="default"/><meta name="application-name" content="Agent Scaling Calculator"/>' +
  '<link rel="canonical" href="http://localhost:3000/"/><meta property="og:title" content="default"/><meta property="og:description" content="default"/>' +
  '<meta property="og:url" content="http://localhost:3000/"/><meta property="og:site_name" content="Agent Scaling Calculator"/><meta property="og:image" content="http://localhost:3000/preview.png?v=e1.4"/>' +
  '<meta property="og:image:width" content="1200"/><meta property="og:image:height" content="630"/><meta property="og:image:alt" content="default"/><meta property="og:type" content="website"/>' +
  '<meta name="twitter:card" content="summary_large_image"/><meta name="twitter:title" content="default"/><meta name="twitter:description" content="default"/>' +
  '<meta name="twitter:image" content="http://localhost:3000/preview.png?v=e1.4"/><link rel="icon" href="/favicon.ico" sizes="16x16"/></head>' +
  '<body><p>Agent Scaling Calculator</p><script>self.__next_f.push([1,"17:[[\\"$\\",\\"title\\",\\"0\\",{\\"children\\":\\"default\\"}],[\\"$\\",\\"meta\\",\\"1\\",{\\"name\\":\\"description\\",\\"content\\":\\"default\\"}]]"])</script></body></html>';

const tagsOf = (html: string) => html.slice(0, html.indexOf("</head>")).match(/<title>|<meta (?:name|property)="[^"]+"|<link rel="canonical"/g) ?? [];

describe("rewriteHead", () => {
  test("replaces every preview tag of the head, once each, and leaves the rest byte for byte", () => {
    const html = rewriteHead(BUILT, meta());
    const tags = tagsOf(html);
    for (const tag of new Set(tags)) assert.equal(tags.filter((t) => t === tag).length, 1, tag);
    assert.ok(html.includes("<title>Hybrid, 4 agents · 58% success · Agent Scaling Calculator</title>"));
    assert.ok(html.includes('<meta property="og:image" content="https://x.org/preview.png?tools=8&amp;v=e1.4"/>'));
    assert.ok(html.includes('<meta name="twitter:card" content="summary_large_image"/>'));
    assert.ok(html.includes('<link rel="canonical" href="https://x.org/?tools=8"/>'));
    assert.doesNotMatch(html.slice(0, html.indexOf("</head>")), /content="default"|localhost/);
    // What the build wrote around the tags is kept: the scripts (hashed by the CSP), the body, the other meta.
    const kept = (s: string) =>
      s.replace(/<title>[^<]*<\/title>|<meta (?:name="(?:description|twitter:[^"]*)"|property="og:[^"]*")[^>]*>|<link rel="canonical"[^>]*>/g, "");
    assert.equal(kept(html.slice(0, html.indexOf("</head>"))), kept(BUILT.slice(0, BUILT.indexOf("</head>"))));
    assert.equal(html.slice(html.indexOf("</head>")), BUILT.slice(BUILT.indexOf("</head>")));
  });

  test("text from the link cannot leave its attribute or the title: markup in any field is escaped", () => {
    const evil = `"><script>alert(1)</script><meta http-equiv="refresh" content="0;url=https://evil.example/">'&`;
    const html = rewriteHead(
      BUILT,
      meta({
        title: `</title><script>alert(1)</script>${evil}`,
        description: evil,
        canonicalUrl: `https://x.org/?tools=${evil}`,
        image: { url: evil, width: 1200, height: 630, alt: evil },
      }),
    );
    const head = html.slice(0, html.indexOf("</head>"));
    assert.doesNotMatch(head, /<script>alert|<meta http-equiv/);
    assert.equal(head.match(/<title>/g)?.length, 1);
    assert.ok(head.includes("&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;&quot;&gt;"));
    // Each tag is still one tag: no attribute value holds a raw quote or angle bracket.
    for (const value of head.match(/content="[^"]*"/g) ?? []) assert.doesNotMatch(value.slice(9, -1), /[<>"]/);
  });

  test("a head with no <title>, or a page with no head, throws instead of serving a page without a preview", () => {
    assert.throws(() => rewriteHead('<html><head><meta charSet="utf-8"/></head><body></body></html>', meta()), /no <title>/);
    assert.throws(() => rewriteHead("<html><body></body></html>", meta()), /no <\/head>/);
  });

  test("a <title> in the body (an SVG's, a script's text) is not the page's", () => {
    const html = rewriteHead(BUILT.replace("<p>Agent", "<svg><title>chart</title></svg><p>Agent"), meta());
    assert.ok(html.includes("<svg><title>chart</title></svg>"));
  });
});

describe("previewTags and escapeHtml", () => {
  test("every tag a preview needs, in the large-image card form", () => {
    const tags = tagsOf(`${previewTags(meta())}</head>`);
    assert.deepEqual(tags, [
      "<title>",
      '<meta name="description"',
      '<link rel="canonical"',
      ...["og:title", "og:description", "og:url", "og:site_name", "og:image", "og:image:width", "og:image:height", "og:image:alt", "og:type"].map(
        (p) => `<meta property="${p}"`,
      ),
      ...["twitter:card", "twitter:title", "twitter:description", "twitter:image", "twitter:image:alt"].map((n) => `<meta name="${n}"`),
    ]);
  });

  test("escapes the five characters that could end an attribute or start markup, and nothing else", () => {
    assert.equal(escapeHtml(`a&b<c>d"e'f · é`), "a&amp;b&lt;c&gt;d&quot;e&#x27;f · é");
  });
});
