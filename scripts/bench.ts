/**
 * `npm run bench`: speed figures, printed rather than asserted (timed tests flake on shared machines).
 */
import { formatTimings, measure } from "../lib/bench/measure";
import { loadDataset, readDataTexts, defaultDataDir, dataVersion } from "../lib/data/load";
import { parseDataset } from "../lib/data/dataset";
import { paperExamples } from "../lib/model/paper-inputs";
import { fitPaperModel, predictPaper } from "../lib/model/paper-model";
import { paperFitRuns, reproducePaperFit } from "../lib/model/paper-reproduction";

const texts = readDataTexts(defaultDataDir());
const dataset = loadDataset();
const v3 = paperExamples(paperFitRuns(dataset.runs, "v3"), dataset);
const v3Model = fitPaperModel(v3);
const first = v3[0];
if (first === undefined) throw new Error("no v3 rows");

console.log(`Agent Scaling Calculator benchmarks (node ${process.version}, data ${dataset.version})\n`);
console.log(
  formatTimings([
    measure("parse + validate data/", () => parseDataset(texts, dataVersion(texts)), 20),
    measure("fit paper v3 (260 rows)", () => fitPaperModel(v3), 50),
    measure("reproduce v3 (fit + 5-fold CV + inference)", () => reproducePaperFit(dataset, "v3"), 20),
    measure("one paper v3 prediction", () => predictPaper(v3Model, first.input), 10_000, 100),
  ]),
);
