/**
 * `npm run test:unit`: every `*.test.ts` under lib/, scripts/ and components/, run by node:test in a few
 * long-lived processes (one per core, at most UNIT_SHARDS) rather than one process per file.
 *
 * Why: `tsx --test` starts a process per file (94 of them), and each one loads tsx and the model's modules
 * again: 247 CPU-seconds for 108 s of tests on a 2-core machine. Here each shard imports its files in one
 * process (node:test runs what they register, in order), so the modules load once per shard. No test file
 * relies on a process of its own: none changes the working folder or the environment, or mocks a module.
 *
 * Files are dealt to the shards largest first, each to the shard with the fewest bytes so far (size is a
 * rough, stable stand-in for a file's time). Each shard's output is kept and printed whole when it ends,
 * so two shards never interleave lines; the run fails if any shard fails.
 *
 *   npm run test:unit                      every file
 *   npm run test:unit -- lib/format        files whose path contains any of the arguments
 */
import { spawn } from "node:child_process";
import { readdirSync, statSync } from "node:fs";
import { availableParallelism } from "node:os";
import path from "node:path";

const ROOTS = ["lib", "scripts", "components"];

function testFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "node_modules" ? [] : testFiles(full);
    return entry.name.endsWith(".test.ts") ? [full] : [];
  });
}

const filters = process.argv.slice(2);
const files = ROOTS.flatMap(testFiles)
  .filter((file) => filters.length === 0 || filters.some((f) => file.includes(f)))
  .sort();
if (files.length === 0) {
  console.error(`test:unit: no test file matches ${filters.join(", ")}`);
  process.exit(2);
}

const count = Math.max(1, Math.min(Number(process.env.UNIT_SHARDS ?? availableParallelism()), files.length));
const shards = Array.from({ length: count }, () => ({ files: [], bytes: 0 }));
const sized = files.map((file) => ({ file, bytes: statSync(file).size }));
for (const { file, bytes } of sized.sort((a, b) => b.bytes - a.bytes || a.file.localeCompare(b.file))) {
  const lightest = shards.reduce((best, shard) => (shard.bytes < best.bytes ? shard : best));
  lightest.files.push(file);
  lightest.bytes += bytes;
}

const ENTRY = new URL("./unit-shard.mjs", import.meta.url).pathname;

function runShard(shard, index) {
  return new Promise((resolve) => {
    const args = ["--import", "tsx", "--test-reporter=spec", ENTRY, ...shard.files.sort()];
    const child = spawn(process.execPath, args, { stdio: ["ignore", "pipe", "pipe"], env: process.env });
    const chunks = [];
    child.stdout.on("data", (c) => chunks.push(c));
    child.stderr.on("data", (c) => chunks.push(c));
    child.on("error", (error) => chunks.push(Buffer.from(`${error.message}\n`)));
    child.on("close", (code, signal) => {
      const ok = code === 0;
      process.stdout.write(
        `\n----- unit shard ${index + 1} of ${count}: ${shard.files.length} files, ${ok ? "passed" : `FAILED (${signal ?? `exit ${code}`})`} -----\n`,
      );
      process.stdout.write(Buffer.concat(chunks));
      resolve(ok);
    });
  });
}

const results = await Promise.all(shards.map(runShard));
const failed = results.filter((ok) => !ok).length;
console.log(`test:unit: ${files.length} files in ${count} shards, ${failed === 0 ? "all passed" : `${failed} shard(s) failed`}`);
process.exit(failed === 0 ? 0 : 1);
