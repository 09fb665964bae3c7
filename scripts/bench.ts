/**
 * `npm run bench`: speed figures, printed rather than asserted (timed tests flake on shared machines).
 * `npm run bench -- --speed`: only the shared link's figures beside the static reference (bench-speed.ts).
 */
import { z } from "zod";
import { formatTimings, measure } from "../lib/bench/measure";
import { benchSpeed } from "./bench-speed";
import { benchUi } from "./bench-ui";
import { benchRunLog } from "./bench-run-log";
import { parseDataset } from "../lib/data/dataset";
import { dataVersion, defaultDataDir, loadDataset, readDataTexts } from "../lib/data/load";
import { architectExamples } from "../lib/model/architect/architect-examples";
import { fitArchitect } from "../lib/model/architect/architect-fit";
import { predictArchitect } from "../lib/model/architect/architect-predict";
import { paperExamples } from "../lib/model/paper/paper-examples";
import { fitPaperModel } from "../lib/model/paper/paper-fit";
import { reproducePaperFit } from "../lib/model/paper/reproduce";
import { validate } from "../lib/model/validation/harness";
import { paperFitRuns } from "../lib/data/row-sets";

const flags = z.array(z.literal("--speed")).safeParse(process.argv.slice(2));
if (!flags.success) {
  console.error(`bench: the only flag is --speed, got ${process.argv.slice(2).join(" ")}`);
  process.exit(2);
}
if (flags.data.length > 0) {
  for (const line of await benchSpeed()) console.log(line);
  process.exit(0);
}

const texts = readDataTexts(defaultDataDir());
const dataset = loadDataset();
const v3Runs = paperFitRuns(dataset.runs, "v3");
const paperRows = paperExamples(v3Runs, dataset);
const architectRows = architectExamples(v3Runs, dataset);
const agents = Object.fromEntries(dataset.architectures.map((a) => [a.architecture, a.agents]));
const architect = fitArchitect(architectRows, agents);
const query = { task: { tools: 5, decomposability: 0.5, capability: 68, baseline: null }, architecture: "centralized", agents: 7 };

console.log(`Agent Scaling Calculator benchmarks (node ${process.version}, data ${dataset.version})\n`);
console.log(
  formatTimings([
    measure("parse + validate data/", () => parseDataset(texts, dataVersion(texts)), 20),
    measure("fit paper v3 (260 rows)", () => fitPaperModel(paperRows), 50),
    measure("reproduce v3 (fit + 5-fold CV + inference)", () => reproducePaperFit(dataset, "v3"), 20),
    measure("fit architect (260 rows, 15 settings x LOBO)", () => fitArchitect(architectRows, agents), 20, 3),
    measure("whole validation, v3 (4 models x 5-fold, LOBO, LOMO)", () => validate(dataset, "v3"), 5, 1),
    measure("one prediction (architect, no pilot, 7 agents)", () => predictArchitect(architect, query), 10_000, 200),
  ]),
);

console.log("");
for (const line of await benchRunLog()) console.log(line);

console.log("");
for (const line of await benchUi()) console.log(line);

console.log("");
for (const line of await benchSpeed()) console.log(line);
