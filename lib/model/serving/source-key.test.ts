import assert from "node:assert/strict";
import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { test } from "node:test";
import { sourceKey } from "./source-key";

test("the source key follows lib/, data/ and the lock file, and ignores tests", () => {
  const root = mkdtempSync(path.join(tmpdir(), "source-key-"));
  try {
    const at = (sub: string) => mkdtempSync(path.join(root, sub));
    const copy = (name: string) => {
      const dir = at(`${name}-`);
      cpSync("data", path.join(dir, "data"), { recursive: true });
      cpSync("lib/format", path.join(dir, "lib", "format"), { recursive: true });
      cpSync("package-lock.json", path.join(dir, "package-lock.json"));
      return dir;
    };
    const [a, b, c, d] = [copy("a"), copy("b"), copy("c"), copy("d")];
    assert.match(sourceKey(a) ?? "", /^src-[0-9a-f]{12}$/);
    assert.equal(sourceKey(a), sourceKey(b), "the same files give the same key");
    writeFileSync(path.join(c, "lib", "format", "words.ts"), "// edited\n", { flag: "a" });
    assert.notEqual(sourceKey(c), sourceKey(a), "an edit to lib/ gives a new key");
    writeFileSync(path.join(d, "lib", "format", "words.test.ts"), "// a test edited\n", { flag: "a" });
    assert.equal(sourceKey(d), sourceKey(a), "a test is not a source");
    assert.equal(sourceKey(at("empty-")), null, "no lib/: no key");
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
