/**
 * Entry points bundled with esbuild into one file each, so they start in plain Node: no tsx, no TypeScript
 * compiled at start, one module to load instead of hundreds. A bundle is rebuilt when any of its own sources
 * (or the lock file, or this file) changed since it was built (their sizes and times are kept beside it),
 * so an edit to lib/ is never answered by stale code. The CLI bundle's SERVED_CODE_KEY is the key of the sources it was
 * built from (lib/model/serving/source-key.ts): the key of the parsed data, fits and validation kept on
 * disk (lib/model/serving/disk-cache.ts), so it never reads a value computed by other code, and reads
 * those the tests and Next's build computed from the same sources.
 *
 * - cli: scripts/cli.ts, every dependency inside (`npm run cli`, scripts/cli.mjs).
 * - mcp: scripts/mcp.ts, every dependency inside (`npm run mcp`, bin/agent-scaling-mcp.mjs); also its own
 *   validation worker.
 * - serve: scripts/serve.ts, the production server around Next, with Next and React left outside
 *   (`npm run serve`, scripts/serve.mjs).
 */
import { isAscii } from "node:buffer";
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Script } from "node:vm";

/**
 * format "cjs": a script run by runBundle with V8's code cache (below); "esm": a module for `import()`.
 */
export const BUNDLES = {
  cli: { entry: "scripts/cli.ts", external: false, codeKey: true, format: "cjs" },
  mcp: { entry: "scripts/mcp.ts", external: false, codeKey: true, format: "cjs" },
  // The server's fits come from Next's build, whose own id keys them (scripts/serve.ts), not this small bundle.
  serve: { entry: "scripts/serve.ts", external: true, codeKey: false, format: "esm", readableNames: true },
};

const CACHE = path.join("node_modules", ".cache", "agent-scaling-calculator");
const outFile = (name) => path.join(CACHE, `${name}.${BUNDLES[name].format === "cjs" ? "cjs" : "mjs"}`);

/** True when the bundle exists and none of its inputs changed size or time since it was built. */
function fresh(root, out) {
  try {
    const inputs = JSON.parse(readFileSync(path.join(root, `${out}.inputs.json`), "utf8"));
    statSync(path.join(root, out));
    // Joined by hand: path.join normalizes each path in JavaScript, at a cold start several times the stat's cost.
    const prefix = `${root}${path.sep}`;
    return Object.entries(inputs).every(([file, stamp]) => {
      const s = statSync(prefix + file);
      return `${s.size}:${s.mtimeMs}` === stamp;
    });
  } catch {
    return false;
  }
}

/**
 * The key of the sources the bundle is built from (lib/model/serving/source-key.ts, run here once through
 * esbuild), so the bundle reads the fits and validation that tests and Next's build computed from the same
 * sources, without hashing them at every start.
 */
async function sourceKeyOf(build, root) {
  const result = await build({
    absWorkingDir: root,
    entryPoints: ["lib/model/serving/source-key.ts"],
    bundle: true,
    write: false,
    format: "esm",
    platform: "node",
    logLevel: "warning",
  });
  const code = result.outputFiles[0]?.text ?? "";
  const { sourceKey } = await import(`data:text/javascript;base64,${Buffer.from(code).toString("base64")}`);
  const key = sourceKey(root);
  if (key === null) throw new Error("bundle: no lib/ beside the bundle's sources");
  return key;
}

/**
 * The bundle's text in ASCII, which runBundle reads as a one-byte string (half the memory, no UTF-8
 * decoding; compiled and loaded from the code cache faster too). esbuild already escapes every character
 * beyond ASCII but those in regular-expression literals (and comments), where \uXXXX is the same
 * character, escaped or not: `\–` (an identity escape) becomes `\u2013`, its backslash dropped.
 *
 * @example asciiOnly("/^(x|–|\\±)$/") // "/^(x|\\u2013|\\u00b1)$/"
 */
export function asciiOnly(text) {
  return text.replace(
    /(\\*)([^\0-\x7f])/g,
    (_, slashes, c) => `${slashes.length % 2 === 1 ? slashes.slice(1) : slashes}\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

/** Builds the bundle `name` (a key of BUNDLES) when it is missing or stale; returns its absolute path. */
export async function ensureBundle(name, root = process.cwd(), force = false) {
  const { entry, external, codeKey: keyed, format, readableNames = false } = BUNDLES[name];
  const out = outFile(name);
  if (!force && fresh(root, out)) return path.join(root, out);
  const { build } = await import("esbuild");
  const result = await build({
    absWorkingDir: root,
    entryPoints: [entry],
    bundle: true,
    write: false,
    metafile: true,
    format,
    platform: "node",
    target: "node20",
    tsconfig: "tsconfig.json",
    logLevel: "warning",
    packages: external ? "external" : undefined,
    // Less to parse at every start; functions and classes keep their names, so a stack trace still reads:
    // renamed and named again at run time (keepNames), or, for the server, not renamed (`readableNames`),
    // since naming each closure again when it is made cost about 5% of the server's time per share link.
    minifyWhitespace: true,
    minifySyntax: true,
    minifyIdentifiers: !readableNames,
    keepNames: !readableNames,
    // Bundled CommonJS dependencies (papaparse) may call require: give the ES module one (a script has runBundle's).
    banner:
      format === "esm"
        ? { js: 'import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);' }
        : undefined,
  });
  const built = result.outputFiles[0]?.text;
  if (built === undefined) throw new Error(`esbuild produced no ${name} bundle`);
  const text = asciiOnly(built);
  const codeKey = keyed ? await sourceKeyOf(build, root) : null;
  mkdirSync(path.dirname(path.join(root, out)), { recursive: true });
  // Written aside then renamed: a process that starts the bundle meanwhile runs the old one or the new, never half.
  const temporary = path.join(root, `${out}.${process.pid}.tmp`);
  writeFileSync(temporary, codeKey !== null ? `process.env.SERVED_CODE_KEY ||= ${JSON.stringify(codeKey)};\n${text}` : text);
  renameSync(temporary, path.join(root, out));
  const inputs = Object.fromEntries(
    // The project's own sources, the lock file (a dependency changes only with it) and this file (how it
    // bundles): a few hundred stats.
    [
      ...Object.keys(result.metafile.inputs).filter((file) => !file.startsWith("node_modules/")),
      "package-lock.json",
      path.relative(root, fileURLToPath(import.meta.url)),
    ].map((file) => {
      const s = statSync(path.join(root, file));
      return [file, `${s.size}:${s.mtimeMs}`];
    }),
  );
  writeFileSync(path.join(root, `${out}.inputs.json`), JSON.stringify(inputs));
  return path.join(root, out);
}

/**
 * Runs the script bundle `file` (format "cjs") as Node runs a CommonJS module, with V8's code cache: the
 * first run after a build compiles it and, as it exits, keeps the bytecode of every function it ran in a
 * file beside the bundle; later runs load that bytecode instead of parsing and compiling about 1 MB of
 * JavaScript. `variant` names the kind of run (the CLI's command), each with a cache of its own: the
 * functions `validate` runs are not those `predict` runs, and whichever ran first after a build would
 * otherwise decide for all. A cache is named by the hash of the bundle's bytes and Node's version, because
 * V8 checks only a source's length and its own version and flags: a bundle of other content never runs
 * another's bytecode. A cache V8 rejects (other flags) is rewritten; one that cannot be written is skipped.
 */
export function runBundle(bundle, variant = "run") {
  const file = path.resolve(bundle);
  const bytes = readFileSync(file);
  const build = createHash("sha256").update(bytes).update(process.version).digest("hex").slice(0, 16);
  const cacheFile = `${file}.${build}.${variant}.v8`;
  let cachedData;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    cachedData = undefined;
  }
  // Node's own CommonJS wrapper, on the first line, so that line numbers in a stack trace are the bundle's.
  const source = isAscii(bytes) ? bytes.toString("latin1") : bytes.toString("utf8");
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: file, cachedData });
  if (cachedData === undefined || script.cachedDataRejected) process.once("exit", () => keepCodeCache(script, file, build, cacheFile));
  const commonJsModule = { exports: {} };
  script.runInThisContext()(commonJsModule.exports, createRequire(file), commonJsModule, file, path.dirname(file));
}

/** Writes `script`'s code cache to `cacheFile` (aside, then renamed) and removes the caches of `file`'s other builds. */
function keepCodeCache(script, file, build, cacheFile) {
  const temporary = `${cacheFile}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, script.createCachedData());
    renameSync(temporary, cacheFile);
    const dir = path.dirname(file);
    for (const f of readdirSync(dir)) {
      if (f.startsWith(`${path.basename(file)}.`) && f.endsWith(".v8") && !f.startsWith(`${path.basename(file)}.${build}.`))
        rmSync(path.join(dir, f), { force: true });
    }
  } catch {
    // a read-only or full disk: the next run compiles again
    rmSync(temporary, { force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const name of process.argv.slice(2).length > 0 ? process.argv.slice(2) : Object.keys(BUNDLES)) {
    const out = await ensureBundle(name, process.cwd(), true);
    console.log(`${name} bundle: ${path.relative(process.cwd(), out)} (${(statSync(out).size / 1024).toFixed(0)} kB)`);
  }
}
