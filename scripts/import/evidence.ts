/**
 * The evidence beyond Kim et al.'s 270 runs, rebuilt from shared/data/external: the benchmark
 * catalog (Kim's six with their figures from shared/data/benchmarks.csv, then the other studies'),
 * the models Kim's catalog lacks, data/studies.csv and data/study-runs.csv. Figures are converted
 * exactly; the judgements (ids, ratings, study metadata) come from the modules beside this one.
 */
import path from "node:path";
import { decomposabilityScore, RUBRIC_QUESTIONS, type RubricAnswers } from "../../lib/data/decomposability-rubric";
import { StudySchema } from "../../lib/data/study-schemas";
import { need, type SourceRow } from "./external-csv";
import { KIM_RATINGS, OTHER_RATINGS, type BenchmarkRating } from "./benchmark-ratings";
import { otherStudyModels } from "./model-catalog";
import { STUDIES } from "./studies";
import { STUDY_SOURCES } from "./study-sources";
import { studyRunsFrom, type StudyRunRow } from "./study-runs";

/** A row's cells in the file's column order (the schema's keys). */
const inColumnOrder = (row: Readonly<Record<string, string>>, columns: readonly string[]) => Object.fromEntries(columns.map((c) => [c, row[c] ?? ""]));

const answerText = (answer: boolean | null) => (answer === null ? "" : String(answer));

/** The rubric and tools columns of a benchmark's catalog row. */
function ratingColumns(rating: BenchmarkRating): Record<string, string> {
  const answers: RubricAnswers = rating.answers;
  const columns: Record<string, string> = {};
  for (const q of RUBRIC_QUESTIONS) columns[q.column] = answerText(answers[q.id]);
  return { ...columns, rubric_d: String(decomposabilityScore(answers)), rubric_rationale: rating.rationale };
}

/** benchmarks.csv rows: Kim's six (shared figures, then ratings) followed by the other studies' benchmarks. */
function benchmarkRows(kimSource: readonly SourceRow[]): Record<string, string>[] {
  const kim = kimSource.map((r) => {
    const id = need(r, "benchmark", "benchmarks.csv");
    const rating = KIM_RATINGS.find((k) => k.benchmark === id);
    if (rating === undefined) throw new Error(`benchmark "${id}" has no rating in scripts/import/benchmark-ratings.ts`);
    if (String(rating.tools) !== need(r, "tools", "benchmarks.csv"))
      throw new Error(`benchmark "${id}": the rating's T ${rating.tools} differs from the source's ${need(r, "tools", "benchmarks.csv")}`);
    return {
      benchmark: id,
      label: need(r, "label", "benchmarks.csv"),
      tools: need(r, "tools", "benchmarks.csv"),
      tools_code: rating.toolsCode === null ? "" : String(rating.toolsCode),
      tools_source: rating.toolsSource,
      domain_complexity: need(r, "domain_complexity", "benchmarks.csv"),
      decomposability: need(r, "decomposability", "benchmarks.csv"),
      decomposability_rationale: need(r, "decomposability_rationale", "benchmarks.csv"),
      tasks: need(r, "instances", "benchmarks.csv"),
      paper_versions: need(r, "in_paper_versions", "benchmarks.csv"),
      ...ratingColumns(rating),
    };
  });
  if (kim.length !== KIM_RATINGS.length) throw new Error("scripts/import/benchmark-ratings.ts rates a Kim benchmark the source lacks");
  const others = OTHER_RATINGS.map((rating) => ({
    benchmark: rating.benchmark,
    label: rating.label,
    tools: rating.tools === null ? "" : String(rating.tools),
    tools_code: rating.toolsCode === null ? "" : String(rating.toolsCode),
    tools_source: rating.toolsSource,
    domain_complexity: "",
    decomposability: "",
    decomposability_rationale: "",
    tasks: "",
    paper_versions: "",
    ...ratingColumns(rating),
  }));
  return [...kim, ...others];
}

/** Printed benchmark names -> ids, from the ratings. */
function benchmarkIds(): Record<string, string> {
  const ids: Record<string, string> = {};
  for (const rating of [...KIM_RATINGS, ...OTHER_RATINGS]) for (const printed of rating.printed) ids[printed] = rating.benchmark;
  return ids;
}

/** Stops unless every read_* value of a study occurs verbatim in its file's `#` header. */
function checkProvenance(study: (typeof STUDIES)[number], header: readonly string[]): void {
  const text = header.join("\n");
  for (const field of ["read_repository", "read_path", "read_commit", "read_lines"] as const) {
    if (study[field] !== "" && !text.includes(study[field]))
      throw new Error(`${study.study}: ${field} ${JSON.stringify(study[field])} is not in the file's header`);
  }
}

/**
 * Everything import-data writes for the evidence, from the shared data folder `from`, given Kim's
 * benchmark rows (shared/data/benchmarks.csv) and the ids of Kim's model catalog.
 */
export function buildEvidence(from: string, kimBenchmarks: readonly SourceRow[], kimModelIds: ReadonlySet<string>) {
  const external = path.join(from, "external");
  const ids = benchmarkIds();
  const studyRuns: StudyRunRow[] = [];
  for (const study of STUDIES) {
    const sources = STUDY_SOURCES.filter((s) => s.study === study.study);
    if (sources.length !== 1) throw new Error(`${study.study}: expected one source file, got ${sources.length}`);
    for (const source of sources) {
      const { rows, csv } = studyRunsFrom(external, source, ids);
      checkProvenance(study, csv.header);
      studyRuns.push(...rows);
    }
  }
  const usedModels = studyRuns.flatMap((r) => [r.model ?? "", ...(r.team_models ?? "").split(" ").filter((id) => id !== "")]);
  return {
    benchmarks: benchmarkRows(kimBenchmarks),
    otherModels: otherStudyModels(usedModels, kimModelIds),
    studies: STUDIES.map((s) => inColumnOrder(s, Object.keys(StudySchema.shape))),
    studyRuns,
  };
}
