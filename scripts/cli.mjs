/**
 * `npm run cli`: runs the bundled CLI (scripts/bundle.mjs), building it first when a source changed.
 * Plain Node: the start-up is Node's own plus one script, compiled once and then read from V8's code cache
 * (one per command: each runs functions of its own).
 */
import { ensureBundle, runBundle } from "./bundle.mjs";

const COMMANDS = ["predict", "plan", "validate", "reproduce"];
const command = process.argv[2];
runBundle(await ensureBundle("cli"), COMMANDS.includes(command) ? command : "other");
