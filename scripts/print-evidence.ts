/**
 * Prints what the evidence holds as JSON: studies, matched success-rate cells per study and per
 * benchmark, and per study the multi-agent designs that vary their agent count (data/README.md).
 * Run: npx tsx scripts/print-evidence.ts [--dir DIR]
 */
import path from "node:path";
import { parseArgs } from "node:util";
import { evidenceSummary } from "../lib/data/evidence-summary";
import { defaultDataDir, loadDataset } from "../lib/data/load";

const { values } = parseArgs({ options: { dir: { type: "string" } }, strict: true });
const dataset = loadDataset(values.dir === undefined ? defaultDataDir() : path.resolve(values.dir));
console.log(JSON.stringify(evidenceSummary(dataset), null, 2));
