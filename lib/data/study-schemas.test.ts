import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { BenchmarkCatalogSchema, ModelCatalogSchema } from "./catalog-schemas";
import { parseCsv, type RowSchema } from "./csv";
import { formatDataIssue } from "./data-error";
import { BASELINE_RUN, BENCHMARK, csvOf, MODEL, STUDY } from "./evidence-fixtures";
import { isMultiAgent, StudyRunSchema, StudySchema } from "./study-schemas";

/** The formatted issues of one row parsed with `schema` after overriding some cells. */
function issuesOf(schema: RowSchema, base: Record<string, string>, cells: Record<string, string>): string[] {
  return parseCsv(csvOf(schema, [{ ...base, ...cells }]), "data/x.csv", schema).issues.map(formatDataIssue);
}

describe("StudyRunSchema", () => {
  test("parses a valid row into typed values", () => {
    const { rows, issues } = parseCsv(csvOf(StudyRunSchema, [{ ...BASELINE_RUN, team_models: "m1 m2", other_printed: "sd=1.73; cost_usd=–", tasks: "166" }]), "x", StudyRunSchema);
    assert.deepEqual(issues, []);
    const [run] = rows;
    assert.equal(run?.value, 0.5);
    assert.equal(run?.success_like, true);
    assert.equal(run?.tasks, 166);
    assert.equal(run?.setting, null);
    assert.deepEqual(run?.team_models, ["m1", "m2"]);
    assert.deepEqual(run?.other_printed, { sd: "1.73", cost_usd: "–" });
  });

  test("rejects corrupted cells, naming row, line and field", () => {
    const cases: [Record<string, string>, RegExp][] = [
      [{ metric: "bleu" }, /row 1 \(line 2\), field "metric": expected one of success-rate, accuracy, .*got "bleu"/],
      [{ value: "1.2" }, /field "value": expected a number in \[0, 1\], got "1\.2"/],
      [{ value: "" }, /field "value": expected a number in \[0, 1\], got ""/],
      [{ success_like: "yes" }, /field "success_like": expected true or false, got "yes"/],
      [{ architecture: "swarm" }, /field "architecture": expected one of single, independent/],
      [{ pairing: "paired" }, /field "pairing": expected one of baseline, matched, alternative-single, unmatched/],
      [{ printed_scale: "permille" }, /field "printed_scale": expected one of percent, fraction, count/],
      [{ agents: "0" }, /field "agents": expected an integer >= 1 or blank, got "0"/],
      [{ team_models: "GPT 5" }, /field "team_models": expected space-separated ids/],
      [{ other_printed: "sd:1.7" }, /field "other_printed": expected "name=figure" pairs/],
      [{ other_printed: "tokens=12" }, /field "other_printed": expected "name=figure" pairs .* got "tokens=12"/],
      [{ other_printed: "sd=1; sd=2" }, /field "other_printed": expected "name=figure" pairs/],
      [{ printed_in: "" }, /field "printed_in": expected a value, got a blank cell/],
    ];
    for (const [cells, message] of cases) {
      const issues = issuesOf(StudyRunSchema, BASELINE_RUN, cells);
      assert.equal(issues.length, 1, `${JSON.stringify(cells)}: ${issues.join("; ")}`);
      assert.match(issues[0] ?? "", message);
    }
  });
});

describe("StudySchema", () => {
  test("parses a valid row", () => {
    assert.deepEqual(issuesOf(StudySchema, STUDY, {}), []);
  });

  test("rejects a bad kind, budget flag, link or commit", () => {
    assert.match(issuesOf(StudySchema, STUDY, { kind: "benchmark" })[0] ?? "", /field "kind": expected one of evaluation, method, got "benchmark"/);
    assert.match(issuesOf(StudySchema, STUDY, { budgets_matched: "maybe" })[0] ?? "", /field "budgets_matched": expected one of yes, partial, no/);
    assert.match(issuesOf(StudySchema, STUDY, { link: "arXiv 2512.08296" })[0] ?? "", /field "link": expected an http\(s\) address/);
    assert.match(issuesOf(StudySchema, STUDY, { read_commit: "main" })[0] ?? "", /field "read_commit": expected a git commit/);
  });
});

describe("the catalog schemas", () => {
  test("a benchmark only other studies ran may leave Kim's columns and T blank", () => {
    assert.deepEqual(issuesOf(BenchmarkCatalogSchema, BENCHMARK, { tools: "" }), []);
  });

  test("a rubric answer is true, false or blank", () => {
    assert.match(issuesOf(BenchmarkCatalogSchema, BENCHMARK, { rubric_split: "no" })[0] ?? "", /field "rubric_split": expected true, false or blank, got "no"/);
    assert.match(issuesOf(BenchmarkCatalogSchema, BENCHMARK, { rubric_d: "" })[0] ?? "", /field "rubric_d": expected a number in \[0, 1\]/);
  });

  test("a model only other studies ran may have no capability index", () => {
    assert.deepEqual(issuesOf(ModelCatalogSchema, MODEL, {}), []);
    assert.match(issuesOf(ModelCatalogSchema, MODEL, { runs_coverage: "some" })[0] ?? "", /expected one of all, swe-tb-only, none, other-studies/);
  });
});

describe("isMultiAgent", () => {
  test("the single agent and self-refinement are not multi-agent systems; everything else is", () => {
    assert.equal(isMultiAgent("independent"), true);
    assert.equal(isMultiAgent("latent-hierarchical"), true);
    assert.equal(isMultiAgent("single"), false);
    assert.equal(isMultiAgent("single-iterative"), false);
  });
});
