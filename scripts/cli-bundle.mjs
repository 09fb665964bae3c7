/**
 * The CLI as one bundled file (esbuild), so `npm run cli` starts in plain Node: no tsx, no TypeScript
 * compiled at start, one module to load instead of hundreds. The bundle is rebuilt when any of its
 * sources changed since it was built (their sizes and times are kept beside it), so an edit to lib/ is
 * never answered by stale code. The bundle's own content hash becomes its SERVED_CODE_KEY: the key of the
 * fitted models kept on disk (lib/model/serving/disk-cache.ts), so a rebuilt CLI never reads a fit made by
 * other code.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

export const CLI_BUNDLE = path.join("node_modules", ".cache", "agent-scaling-calculator", "cli.mjs");
const META = `${CLI_BUNDLE}.inputs.json`;

/** True when the bundle exists and none of its inputs changed size or time since it was built. */
function fresh(root) {
  try {
    const inputs = JSON.parse(readFileSync(path.join(root, META), "utf8"));
    statSync(path.join(root, CLI_BUNDLE));
    return Object.entries(inputs).every(([file, stamp]) => {
      const s = statSync(path.join(root, file));
      return `${s.size}:${s.mtimeMs}` === stamp;
    });
  } catch {
    return false;
  }
}

/** Builds the bundle when it is missing or stale; returns its absolute path. */
export async function ensureCliBundle(root = process.cwd(), force = false) {
  const out = path.join(root, CLI_BUNDLE);
  if (!force && fresh(root)) return out;
  const { build } = await import("esbuild");
  const result = await build({
    absWorkingDir: root,
    entryPoints: ["scripts/cli.ts"],
    bundle: true,
    write: false,
    metafile: true,
    format: "esm",
    platform: "node",
    target: "node20",
    tsconfig: "tsconfig.json",
    logLevel: "warning",
    // Less to parse at every start; identifiers keep their names, so a stack trace still reads.
    minifyWhitespace: true,
    minifySyntax: true,
    // Bundled CommonJS dependencies (papaparse) may call require: give the ES module one.
    banner: { js: 'import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);' },
  });
  const text = result.outputFiles[0]?.text;
  if (text === undefined) throw new Error("esbuild produced no CLI bundle");
  const codeKey = createHash("sha256").update(text).digest("hex").slice(0, 12);
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, `process.env.SERVED_CODE_KEY ||= ${JSON.stringify(codeKey)};\n${text}`);
  const inputs = Object.fromEntries(
    // The project's own sources and the lock file (a dependency changes only with it): a few hundred stats.
    [...Object.keys(result.metafile.inputs).filter((file) => !file.startsWith("node_modules/")), "package-lock.json"].map((file) => {
      const s = statSync(path.join(root, file));
      return [file, `${s.size}:${s.mtimeMs}`];
    }),
  );
  writeFileSync(path.join(root, META), JSON.stringify(inputs));
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const out = await ensureCliBundle(process.cwd(), true);
  console.log(`CLI bundle: ${path.relative(process.cwd(), out)} (${(statSync(out).size / 1024).toFixed(0)} kB)`);
}
