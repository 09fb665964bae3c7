import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { appendFileSync, copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, test } from "node:test";
import { pathToFileURL } from "node:url";
import { asciiOnly } from "./bundle.mjs";

const dir = mkdtempSync(path.join(tmpdir(), "bundle-run-"));
after(() => rmSync(dir, { recursive: true, force: true }));

const runner = pathToFileURL(path.resolve("scripts/bundle.mjs")).href;
/** Runs `file` through runBundle in a process of its own, as scripts/cli.mjs does (`variant`: its command). */
const run = (file: string, variant = "run") =>
  spawnSync(
    process.execPath,
    ["--input-type=module", "-e", `import { runBundle } from ${JSON.stringify(runner)}; runBundle(${JSON.stringify(file)}, ${JSON.stringify(variant)});`],
    { encoding: "utf8" },
  );
const codeCaches = () => readdirSync(dir).filter((f) => f.endsWith(".v8"));

test("runBundle keeps V8's code cache per bundle content: an edit of the same length never runs the old code", () => {
  const file = path.join(dir, "x.cjs");
  // CommonJS as the bundle is: require, module and __filename come from runBundle's wrapper.
  const bundleSaying = (word: string) =>
    writeFileSync(
      file,
      `const { basename } = require("node:path"); function say() { return "${word}"; } console.log(say(), basename(__filename)); module.exports = 1;\n`,
    );
  bundleSaying("one");
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
  assert.equal(run(file, "other").stdout, "one x.cjs\n");
  assert.equal(codeCaches().length, 2, "another kind of run keeps a cache of its own beside it");

  // Same length, other content: V8 alone would accept the old cache (it checks the length).
  bundleSaying("two");
  const edited = run(file);
  assert.equal(edited.status, 0, edited.stderr);
  assert.equal(edited.stdout, "two x.cjs\n");
  const caches = codeCaches();
  assert.equal(caches.length, 1, caches.join(", "));
  assert.notEqual(caches[0], cache, "the edited bundle's cache replaces both of the old one's");
});

test("runBundle runs without a code cache where none can be written", () => {
  const file = path.join(dir, "y.cjs");
  const text = 'console.log("ran");\n';
  writeFileSync(file, text);
  // A folder where the cache file would go: it can be neither read nor replaced.
  const cache = `${file}.${createHash("sha256").update(text).update(process.version).digest("hex").slice(0, 16)}.run.v8`;
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

test("asciiOnly escapes what esbuild leaves beyond ASCII, and a regular expression matches as before", () => {
  const sources = ["/^(\\d+)(?:±\\d+)?$/", "/^([+-]?\\d+|–)$/", "/[–—]/", "/\\–/", "/\\\\–/", "/😀|x/u", "/[😀]/u", "/\\😀/"];
  const inputs = ["12±3", "–", "—", "\\–", "\\", "😀", "x", "\uD83D", "u2013", "\\u2013"];
  for (const source of sources) {
    const escaped = asciiOnly(source);
    assert.match(escaped, /^[\0-\x7f]*$/, escaped);
    const [before, after] = [source, escaped].map((s) => new Function(`return ${s};`)() as RegExp);
    for (const input of inputs) assert.equal(after!.test(input), before!.test(input), `${source} -> ${escaped} on ${JSON.stringify(input)}`);
  }
  assert.equal(asciiOnly('const a = "plain";'), 'const a = "plain";');
});

test("ensureBundle rebuilds when a bundled source, the lock file or the bundler changed, and only then", async () => {
  // A project of a few files (data/ and source-key.ts for the code key), with a copy of this bundler (esbuild reached through its node_modules).
  const root = mkdtempSync(path.join(tmpdir(), "bundle-project-"));
  try {
    for (const folder of ["scripts", "lib/model/serving", "data", "node_modules"]) mkdirSync(path.join(root, folder), { recursive: true });
    symlinkSync(path.resolve("node_modules/esbuild"), path.join(root, "node_modules/esbuild"));
    copyFileSync("scripts/bundle.mjs", path.join(root, "scripts/bundle.mjs"));
    copyFileSync("lib/model/serving/source-key.ts", path.join(root, "lib/model/serving/source-key.ts"));
    writeFileSync(path.join(root, "tsconfig.json"), "{}");
    writeFileSync(path.join(root, "package-lock.json"), "{}");
    writeFileSync(path.join(root, "scripts/cli.ts"), 'import { word } from "../lib/word";\nconsole.log(word);\n');
    writeFileSync(path.join(root, "lib/word.ts"), 'export const word = "one";\n');
    writeFileSync(path.join(root, "lib/unbundled.ts"), "export {};\n");
    const { ensureBundle } = (await import(pathToFileURL(path.join(root, "scripts/bundle.mjs")).href)) as typeof import("./bundle.mjs");
    const build = async () => {
      const out = await ensureBundle("cli", root);
      return { id: statSync(out).ino, text: readFileSync(out, "utf8") };
    };
    const first = await build();
    assert.match(first.text, /"one"/);
    assert.equal((await build()).id, first.id, "nothing changed: the same bundle");
    appendFileSync(path.join(root, "lib/unbundled.ts"), "// edited\n");
    assert.equal((await build()).id, first.id, "a file the bundle does not hold changed: the same bundle");

    writeFileSync(path.join(root, "lib/word.ts"), 'export const word = "two";\n');
    const edited = await build();
    assert.notEqual(edited.id, first.id);
    assert.match(edited.text, /"two"/);
    for (const input of ["package-lock.json", "scripts/bundle.mjs"]) {
      const before = (await build()).id;
      appendFileSync(path.join(root, input), input.endsWith(".json") ? " " : "// edited\n");
      assert.notEqual((await build()).id, before, `${input} changed: rebuilt`);
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
