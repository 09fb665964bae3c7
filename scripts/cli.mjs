/**
 * `npm run cli`: runs the bundled CLI (scripts/bundle.mjs), building it first when a source changed.
 * Plain Node: the start-up is Node's own plus one script, compiled once and then read from V8's code cache.
 */
import { ensureBundle, runBundle } from "./bundle.mjs";

runBundle(await ensureBundle("cli"));
