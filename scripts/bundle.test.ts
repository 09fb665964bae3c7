import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, test } from "node:test";
import { pathToFileURL } from "node:url";

const dir = mkdtempSync(path.join(tmpdir(), "bundle-run-"));
after(() => rmSync(dir, { recursive: true, force: true }));

const runner = pathToFileURL(path.resolve("scripts/bundle.mjs")).href;
/** Runs `file` through runBundle in a process of its own, as scripts/cli.mjs does. */
const run = (file: string) =>
  spawnSync(process.execPath, ["--input-type=module", "-e", `import { runBundle } from ${JSON.stringify(runner)}; runBundle(${JSON.stringify(file)});`], {
    encoding: "utf8",
  });
const codeCaches = () => readdirSync(dir).filter((f) => f.endsWith(".v8"));

test("runBundle keeps V8's code cache per bundle content: an edit of the same length never runs the old code", () => {
  const file = path.join(dir, "x.cjs");
  // CommonJS as the bundle is: require, module and __filename come from runBundle's wrapper.
  writeFileSync(
    file,
    'const { basename } = require("node:path"); function say() { return "one"; } console.log(say(), basename(__filename)); module.exports = 1;\n',
  );
  const first = run(file);
  assert.equal(first.status, 0, first.stderr);
  assert.equal(first.stdout, "one x.cjs\n");
  const [cache] = codeCaches();
  assert.ok(cache !== undefined, "a code cache is written as the first run exits");
  const written = statSync(path.join(dir, cache)).mtimeMs;

  const second = run(file);
  assert.equal(second.stdout, "one x.cjs\n");
  assert.deepEqual(codeCaches(), [cache]);
  assert.equal(statSync(path.join(dir, cache)).mtimeMs, written, "a cache V8 accepted is not written again");

  // Same length, other content: V8 alone would accept the old cache (it checks the length).
  writeFileSync(
    file,
    'const { basename } = require("node:path"); function say() { return "two"; } console.log(say(), basename(__filename)); module.exports = 1;\n',
  );
  const edited = run(file);
  assert.equal(edited.status, 0, edited.stderr);
  assert.equal(edited.stdout, "two x.cjs\n");
  const caches = codeCaches();
  assert.equal(caches.length, 1, caches.join(", "));
  assert.notEqual(caches[0], cache, "the edited bundle's cache replaces the old one");
});

test("runBundle runs without a code cache where none can be written", () => {
  const file = path.join(dir, "y.cjs");
  const text = 'console.log("ran");\n';
  writeFileSync(file, text);
  // A folder where the cache file would go: it can be neither read nor replaced.
  const cache = `${file}.${createHash("sha256").update(text).update(process.version).digest("hex").slice(0, 16)}.v8`;
  mkdirSync(cache);
  for (let i = 0; i < 2; i++) {
    const result = run(file);
    assert.equal(result.status, 0, result.stderr);
    assert.equal(result.stdout, "ran\n");
  }
  assert.ok(statSync(cache).isDirectory());
  assert.deepEqual(
    readdirSync(dir).filter((f) => f.startsWith("y.cjs.") && f.endsWith(".tmp")),
    [],
    "no temporary file is left behind",
  );
});
