/**
 * `npm run cli`: runs the bundled CLI (scripts/bundle.mjs), building it first when a source changed.
 * Plain Node: the start-up is Node's own plus one module.
 */
import { pathToFileURL } from "node:url";
import { ensureBundle } from "./bundle.mjs";

await import(pathToFileURL(await ensureBundle("cli")).href);
