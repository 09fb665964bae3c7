import { undercovered, UNDERCOVERED, type AgentCountCheck, type EvidenceValidation, type PooledValidation } from "../model/validation/pooled";
import { formatPercent } from "../format/numbers";
import { MODEL_LABELS } from "./labels";
import type { TableRow } from "./validation-rows";
import { count, mae, share } from "./validation-rows";

const withSe = (c: PooledValidation["loboMas"]) => `${mae(c.mae)} ± ${mae(c.se)}`;

/** What the pooled figures rest on: "runs of N studies on M benchmarks". */
export function pooledHeader(v: EvidenceValidation): string {
  return `${v.rows.length} measured success rates of ${new Set(v.rows.map((r) => r.study)).size} studies on ${new Set(v.rows.map((r) => r.benchmark)).size} benchmarks`;
}

/** The pooled table: one row per figure, one column per model (naive, architect). */
export function pooledRows(v: EvidenceValidation): { columns: string[]; rows: TableRow[] } {
  const models = [v.naive, v.architect];
  const row = (label: string, f: (m: PooledValidation) => string): TableRow => ({ label, cells: models.map(f) });
  return {
    columns: models.map((m) => MODEL_LABELS[m.key]),
    rows: [
      row("MAE LOBO, multi-agent runs (± SE over benchmarks)", (m) => withSe(m.loboMas)),
      row("single vs multi right, LOBO (cells)", (m) => count(m.decisionsLobo.right, m.decisionsLobo.groups)),
      row("90% coverage LOBO, multi-agent runs", (m) => share(m.coverageLoboMas)),
      row("MAE leave-one-study-out (± SE over studies)", (m) => withSe(m.losoMas)),
    ],
  };
}

/** The caption word of an under-covered benchmark, and what it means. */
export const UNDERCOVERED_MARK = "(low)";
export const UNDERCOVERED_NOTE = `${UNDERCOVERED_MARK}: at least ${UNDERCOVERED.minRows} multi-agent rows, under ${formatPercent(UNDERCOVERED.coverageBelow, 0)} of them inside their 90% interval.`;

/**
 * Per held-out benchmark: its multi-agent rows, each model's MAE, and the architect's 90% coverage; a
 * benchmark whose intervals cover clearly too few rows (`undercovered`) is flagged and its coverage marked.
 */
export function pooledBenchmarkRows(v: EvidenceValidation): { columns: string[]; rows: (TableRow & { flagged: boolean })[] } {
  return {
    columns: ["rows", `MAE ${MODEL_LABELS.naive}`, `MAE ${MODEL_LABELS.architect}`, "90% coverage"],
    rows: v.architect.byBenchmark.map((b, i) => {
      const flagged = undercovered(b);
      return {
        label: b.benchmark,
        cells: [String(b.rows), mae(v.naive.byBenchmark[i]?.mae ?? Number.NaN), mae(b.mae), `${share(b.coverage)}${flagged ? ` ${UNDERCOVERED_MARK}` : ""}`],
        flagged,
      };
    }),
  };
}

/** Per held-out study: its multi-agent rows and each model's MAE; `names` labels studies (default: their ids). */
export function pooledStudyRows(v: EvidenceValidation, names: Readonly<Record<string, string>> = {}): { columns: string[]; rows: TableRow[] } {
  return {
    columns: ["rows", `MAE ${MODEL_LABELS.naive}`, `MAE ${MODEL_LABELS.architect}`],
    rows: v.architect.byStudy.map((s, i) => ({
      label: names[s.study] ?? s.study,
      cells: [String(s.rows), mae(v.naive.byStudy[i]?.mae ?? Number.NaN), mae(s.mae)],
    })),
  };
}

/**
 * The agent-count rule against the other studies' counts: per (architecture, agents) Kim et al. did not
 * measure, the rows and the LOBO MAE predicting at the measured count and moved by the rule.
 */
export function agentCountCheckRows(check: AgentCountCheck): { columns: string[]; rows: TableRow[]; text: string } {
  const better = check.maeWithRule < check.maeIgnoringCount;
  return {
    columns: ["rows", "MAE at the measured count", "MAE moved by the rule"],
    rows: check.byCount.map((c) => ({ label: `${c.architecture}, ${c.agents} agents`, cells: [String(c.rows), mae(c.maeIgnoringCount), mae(c.maeWithRule)] })),
    text:
      check.rows === 0
        ? "No study in the evidence ran an architecture at another agent count than Kim et al., so the rule cannot be checked."
        : `On the ${check.rows} multi-agent runs the other studies made at agent counts Kim et al. did not measure, predicting at the measured count gives a held-out MAE of ${mae(check.maeIgnoringCount)}; moving the prediction to the run's own count by the rule gives ${mae(check.maeWithRule)}. ${better ? "The rule helps." : "The rule does not help at these counts: the evidence does not support its shape beyond Kim et al.'s counts, and every other count the calculator offers remains an extrapolation resting on the rule's assumptions."} No study varies the agent count within one architecture.`,
  };
}
