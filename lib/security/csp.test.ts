import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, test } from "node:test";
import { contentSecurityPolicy, inlineScripts, MAX_SCANNED_HTML_LENGTH } from "./csp";
import { prerenderedScriptHashes } from "./static-page-hashes";

const directive = (policy: string, name: string) => policy.split("; ").find((d) => d.startsWith(`${name} `));

describe("contentSecurityPolicy", () => {
  test("scripts: this origin, the nonce and the hashes, never 'unsafe-inline' or (in production) 'unsafe-eval'", () => {
    const policy = contentSecurityPolicy({ nonce: "n0nce", scriptHashes: ["sha256-abc="], development: false });
    assert.equal(directive(policy, "script-src"), "script-src 'self' 'nonce-n0nce' 'sha256-abc='");
    assert.doesNotMatch(directive(policy, "script-src") ?? "", /unsafe/);
    assert.match(contentSecurityPolicy({ nonce: "n", scriptHashes: [], development: true }), /script-src 'self' 'nonce-n' 'unsafe-eval'/);
  });

  test("styles allow inline style attributes, with no nonce (a nonce would switch 'unsafe-inline' off)", () => {
    const policy = contentSecurityPolicy({ nonce: "n0nce", scriptHashes: [], development: false });
    assert.equal(directive(policy, "style-src"), "style-src 'self' 'unsafe-inline'");
  });

  test("no framing, no plugins, no base rewriting; workers from this origin", () => {
    const policy = contentSecurityPolicy({ nonce: "n", scriptHashes: [], development: false });
    assert.equal(directive(policy, "frame-ancestors"), "frame-ancestors 'none'");
    assert.equal(directive(policy, "object-src"), "object-src 'none'");
    assert.equal(directive(policy, "base-uri"), "base-uri 'none'");
    assert.equal(directive(policy, "worker-src"), "worker-src 'self'");
    assert.equal(directive(policy, "default-src"), "default-src 'self'");
  });
});

describe("inlineScripts", () => {
  test("keeps inline classic scripts exactly, skips external and data scripts", () => {
    const html = `<script>self.__next_f=self.__next_f||[]</script><script src="/a.js" async=""></script><script type="application/ld+json">{"a":1}</script><script id="x">a("<\\/script")</script><script type="module">b()</script>`;
    assert.deepEqual(inlineScripts(html), ["self.__next_f=self.__next_f||[]", 'a("<\\/script")', "b()"]);
  });

  test("an unterminated script ends the scan; an oversized page is refused loudly", () => {
    assert.deepEqual(inlineScripts("<script>a()</script><script>b("), ["a()"]);
    assert.throws(() => inlineScripts(" ".repeat(MAX_SCANNED_HTML_LENGTH + 1)), /longer than/);
  });
});

test("prerenderedScriptHashes: the sha256 of every inline script of every prerendered page, deduplicated; none without a build", () => {
  const dist = mkdtempSync(path.join(tmpdir(), "asc-dist-"));
  try {
    assert.deepEqual(prerenderedScriptHashes(dist), []);
    mkdirSync(path.join(dist, "server", "app", "nested"), { recursive: true });
    writeFileSync(path.join(dist, "server", "app", "page.html"), "<script>a()</script><script src=/x.js></script>");
    writeFileSync(path.join(dist, "server", "app", "nested", "other.html"), "<script>a()</script><script>é()</script>");
    writeFileSync(path.join(dist, "server", "app", "page.rsc"), "<script>not html()</script>");
    const sha = (text: string) => `sha256-${createHash("sha256").update(text, "utf8").digest("base64")}`;
    assert.deepEqual(prerenderedScriptHashes(dist), [sha("a()"), sha("é()")].sort());
  } finally {
    rmSync(dist, { recursive: true, force: true });
  }
});
