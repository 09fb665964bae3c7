import type { z } from "zod";
import type { BenchmarkCatalogEntry } from "./catalog-schemas";
import type { DataIssue } from "./data-error";
import { decomposabilityScore, RUBRIC_QUESTIONS, rubricProblems, type RubricAnswers, type RubricQuestionId } from "./decomposability-rubric";

/**
 * The rows of a catalog that belong to Kim et al.'s runs, each re-validated with the stricter Kim
 * schema (whose output keeps only the fields the model code reads). Issues name the catalog row.
 *
 * @example kimRows(dataset.benchmarkCatalog, isKimBenchmark, KimBenchmarkSchema, "data/benchmarks.csv").rows.length // 6
 */
export function kimRows<R, S extends z.ZodType>(
  catalog: readonly R[],
  isKim: (row: R) => boolean,
  schema: S,
  file: string,
): { rows: z.output<S>[]; issues: DataIssue[] } {
  const rows: z.output<S>[] = [];
  const issues: DataIssue[] = [];
  catalog.forEach((entry, index) => {
    if (!isKim(entry)) return;
    const result = schema.safeParse(entry);
    if (result.success) rows.push(result.data);
    else {
      for (const issue of result.error.issues) {
        issues.push({ file, row: index + 1, field: typeof issue.path[0] === "string" ? issue.path[0] : null, message: issue.message });
      }
    }
  });
  return { rows, issues };
}

/**
 * The rubric answers stored in a benchmarks.csv row, by question.
 *
 * @example rubricAnswersOf(dataset.benchmarkCatalog.find((b) => b.benchmark === "workbench")!).split // true
 */
export function rubricAnswersOf(row: BenchmarkCatalogEntry): RubricAnswers {
  return {
    split: row.rubric_split,
    independent: row.rubric_independent,
    mostWork: row.rubric_most_work,
    noSharedState: row.rubric_no_shared_state,
    simpleJoin: row.rubric_simple_join,
  };
}

const columnOf = (question: RubricQuestionId) => RUBRIC_QUESTIONS.find((q) => q.id === question)?.column ?? null;

/**
 * Checks every benchmark's rubric rating: the answers are complete and consistent, and the stored
 * rubric_d equals the rubric's score of those answers (lib/data/decomposability-rubric.ts).
 */
export function checkRubricRatings(catalog: readonly BenchmarkCatalogEntry[], file: string): DataIssue[] {
  const issues: DataIssue[] = [];
  catalog.forEach((entry, index) => {
    const row = index + 1;
    const answers = rubricAnswersOf(entry);
    const problems = rubricProblems(answers);
    for (const p of problems) issues.push({ file, row, field: columnOf(p.question), message: p.message });
    if (problems.length > 0) return;
    const score = decomposabilityScore(answers);
    if (entry.rubric_d !== score) {
      issues.push({ file, row, field: "rubric_d", message: `${entry.rubric_d} differs from the rubric's score ${score} of the stored answers` });
    }
  });
  return issues;
}
