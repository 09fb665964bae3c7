/**
 * Validates data/ (or --dir DIR) and exits 1 naming file, row and field when anything is wrong.
 * Beyond what loading checks, the published coefficient table must cover Eq. 1's terms for every fit.
 * `npm run build` runs it first, so malformed data never reaches a build.
 */
import path from "node:path";
import { parseArgs } from "node:util";
import { z } from "zod";
import { DataError } from "../lib/data/data-error";
import { evidenceSummary } from "../lib/data/evidence-summary";
import { defaultDataDir, loadDataset } from "../lib/data/load";
import { checkPublishedCoefficients } from "../lib/model/paper/published-check";

try {
  const { values } = parseArgs({ options: { dir: { type: "string" } }, strict: true });
  const dir = z.string().min(1, "--dir: expected a folder path").optional().parse(values.dir);
  const dataDir = dir === undefined ? defaultDataDir() : path.resolve(dir);
  const dataset = loadDataset(dataDir);
  // The published reproduction targets must cover Eq. 1's terms for every fit (lib/data cannot know the terms).
  const relative = path.relative(process.cwd(), dataDir);
  const label = relative === "" || relative.startsWith("..") ? dataDir : relative;
  const published = checkPublishedCoefficients(dataset, `${label}/paper-coefficients.csv`);
  if (published.length > 0) throw new DataError(published);
  console.log(
    `data ok (version ${dataset.version}): ${dataset.runs.length} runs, ${dataset.taskResults.length} task results, ` +
      `${dataset.models.length} models, ${dataset.benchmarks.length} benchmarks, ${dataset.architectures.length} architectures, ${dataset.prices.length} prices`,
  );
  const evidence = evidenceSummary(dataset);
  console.log(
    `evidence: ${evidence.studies} studies, ${dataset.studyRuns.length} study runs, ${dataset.benchmarkCatalog.length} benchmarks and ${dataset.modelCatalog.length} models in the catalogs; ` +
      `${evidence.matchedCells} matched success-rate cells on ${evidence.benchmarksWithMatchedCells.length} benchmarks`,
  );
} catch (error) {
  console.error(error instanceof DataError ? error.message : `check-data: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(error instanceof DataError ? 1 : 2);
}
