/**
 * `npm test`: lint (ESLint, knip), typecheck, unit tests, the production build and the e2e specs, in two
 * lanes so that both cores of a small machine work all along:
 *
 *   lane 1: build -> e2e            (the build prerenders the pages, which run the validation)
 *   lane 2: lint -> typecheck -> unit
 *
 * The build and the unit tests share the fits and held-out harnesses through the disk cache
 * (lib/model/serving/disk-cache.ts): whichever asks first computes, the other waits and reads, so the
 * validation runs once per `npm test`. Each step's output is kept and printed whole when the step ends,
 * with its duration, so two lanes never interleave lines. A failed step stops its lane; the other lane
 * finishes (its failures are worth seeing too) and the run exits 1. `npm run lint`, `typecheck`,
 * `test:unit`, `build` and `test:e2e` still run each step alone.
 */
import { spawn } from "node:child_process";

const STEPS = {
  build: ["npm", ["run", "-s", "build"]],
  e2e: ["npm", ["run", "-s", "test:e2e"]],
  lint: ["npm", ["run", "-s", "lint"]],
  typecheck: ["npm", ["run", "-s", "typecheck"]],
  unit: ["npm", ["run", "-s", "test:unit"]],
};
const LANES = [
  ["build", "e2e"],
  ["lint", "typecheck", "unit"],
];

const started = Date.now();
const seconds = (ms) => `${(ms / 1000).toFixed(0)} s`;

/** Runs one step with its output kept; resolves to whether it passed. */
function run(name) {
  const [command, args] = STEPS[name];
  const begin = Date.now();
  console.log(`[test] ${name}: started at +${seconds(begin - started)}`);
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ["ignore", "pipe", "pipe"], env: process.env });
    const chunks = [];
    child.stdout.on("data", (c) => chunks.push(c));
    child.stderr.on("data", (c) => chunks.push(c));
    child.on("error", (error) => chunks.push(Buffer.from(`${error.message}\n`)));
    child.on("close", (code) => {
      const ok = code === 0;
      process.stdout.write(`\n===== ${name} (${ok ? "passed" : `FAILED, exit ${code}`}, ${seconds(Date.now() - begin)}) =====\n`);
      process.stdout.write(Buffer.concat(chunks));
      process.stdout.write(`===== end of ${name} =====\n\n`);
      resolve(ok);
    });
  });
}

async function lane(steps) {
  for (const name of steps) if (!(await run(name))) return name;
  return null;
}

const failed = (await Promise.all(LANES.map(lane))).filter((name) => name !== null);
console.log(`[test] ${failed.length === 0 ? "all passed" : `failed: ${failed.join(", ")}`} in ${seconds(Date.now() - started)}`);
process.exit(failed.length === 0 ? 0 : 1);
