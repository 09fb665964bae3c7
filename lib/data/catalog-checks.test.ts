import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { checkRubricRatings, kimRows, rubricAnswersOf } from "./catalog-checks";
import { BenchmarkCatalogSchema, isKimBenchmark, isKimModel, KimBenchmarkSchema, KimModelSchema, ModelCatalogSchema } from "./catalog-schemas";
import { parseCsv } from "./csv";
import { RUBRIC_QUESTIONS } from "./decomposability-rubric";
import { formatDataIssue } from "./data-error";
import { BENCHMARK, csvOf, MODEL } from "./evidence-fixtures";
import { loadDataset } from "./load";

const KIM_BENCHMARK = {
  ...BENCHMARK, benchmark: "k1", tools: "3", domain_complexity: "0.5", decomposability: "0.6", decomposability_rationale: "parallel search",
  tasks: "100", paper_versions: "v3",
};
const catalog = (...rows: Record<string, string>[]) => parseCsv(csvOf(BenchmarkCatalogSchema, rows), "x", BenchmarkCatalogSchema).rows;
const models = (...rows: Record<string, string>[]) => parseCsv(csvOf(ModelCatalogSchema, rows), "x", ModelCatalogSchema).rows;

describe("kimRows", () => {
  test("keeps Kim's rows with exactly the fields the model code reads, in the old order", () => {
    const { rows, issues } = kimRows(catalog(BENCHMARK, KIM_BENCHMARK), isKimBenchmark, KimBenchmarkSchema, "data/benchmarks.csv");
    assert.deepEqual(issues, []);
    assert.deepEqual(rows, [{ benchmark: "k1", label: "B1", tools: 3, domain_complexity: 0.5, decomposability: 0.6, decomposability_rationale: "parallel search", tasks: 100, paper_versions: "v3" }]);
    assert.deepEqual(Object.keys(rows[0] ?? {}), ["benchmark", "label", "tools", "domain_complexity", "decomposability", "decomposability_rationale", "tasks", "paper_versions"]);
  });

  test("a Kim benchmark without T or D is rejected naming its catalog row", () => {
    const { issues } = kimRows(catalog(BENCHMARK, { ...KIM_BENCHMARK, tools: "", domain_complexity: "" }), isKimBenchmark, KimBenchmarkSchema, "data/benchmarks.csv");
    assert.deepEqual(issues.map(formatDataIssue), [
      'data/benchmarks.csv, row 2 (line 3), field "tools": required for a benchmark of Kim et al.\'s runs (paper_versions given)',
      'data/benchmarks.csv, row 2 (line 3), field "domain_complexity": required for a benchmark of Kim et al.\'s runs (paper_versions given)',
    ]);
  });

  test("a model of Kim's catalog needs its capability index; a model of other studies does not", () => {
    const kimModel = { ...MODEL, model: "k1", capability_index: "", runs_coverage: "all" };
    const { rows, issues } = kimRows(models(MODEL, kimModel), isKimModel, KimModelSchema, "data/models.csv");
    assert.deepEqual(rows, []);
    assert.match(formatDataIssue(issues[0] ?? { file: "", row: null, field: null, message: "none" }), /row 2 \(line 3\), field "capability_index": required for a model of Kim et al.'s catalog/);
  });
});

describe("rubricAnswersOf", () => {
  test("reads each rubric question from its own column", () => {
    for (const q of RUBRIC_QUESTIONS) {
      const [row] = catalog({ ...BENCHMARK, rubric_split: "", [q.column]: "true" });
      assert.ok(row !== undefined);
      const answers = rubricAnswersOf(row);
      assert.equal(answers[q.id], true, q.id);
      assert.equal(Object.values(answers).filter((a) => a !== null).length, 1, q.id);
    }
  });
});

describe("checkRubricRatings", () => {
  const rated = (cells: Record<string, string>) => checkRubricRatings(catalog({ ...BENCHMARK, ...cells }), "data/benchmarks.csv").map(formatDataIssue);

  test("a stored d equal to the rubric's score passes", () => {
    assert.deepEqual(rated({}), []);
    assert.deepEqual(rated({ rubric_split: "true", rubric_independent: "true", rubric_most_work: "true", rubric_no_shared_state: "false", rubric_simple_join: "true", rubric_d: "0.75" }), []);
  });

  test("a stored d that differs from the answers' score is rejected", () => {
    assert.deepEqual(rated({ rubric_d: "0.25" }), ['data/benchmarks.csv, row 1 (line 2), field "rubric_d": 0.25 differs from the rubric\'s score 0 of the stored answers']);
  });

  test("missing or surplus answers are rejected on their own columns", () => {
    assert.deepEqual(rated({ rubric_split: "true", rubric_independent: "true" }).length, 3);
    assert.match(rated({ rubric_split: "true" })[0] ?? "", /field "rubric_independent": "independent" must be answered/);
    assert.match(rated({ rubric_simple_join: "true" })[0] ?? "", /field "rubric_simple_join": "simpleJoin" is not asked after a no to a gate question/);
  });
});

describe("the stored catalogs", () => {
  test("the documented examples", () => {
    const data = loadDataset();
    assert.equal(kimRows(data.benchmarkCatalog, isKimBenchmark, KimBenchmarkSchema, "data/benchmarks.csv").rows.length, 6);
    const workbenchRow = data.benchmarkCatalog.find((b) => b.benchmark === "workbench");
    assert.ok(workbenchRow !== undefined);
    assert.equal(rubricAnswersOf(workbenchRow).split, true);
  });
});
