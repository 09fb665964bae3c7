import { median } from "simple-statistics";
import type { Dataset } from "../data/dataset";
import { matchedSuccessCells, type MatchedCell } from "../data/evidence-summary";
import { STUDY_KINDS, type BUDGET_MATCHING, type Study } from "../data/study-schemas";
import { formatPercent } from "../format/numbers";
import type { TableRow } from "./validation-rows";
import { counted, plural, signedPoints } from "../format/words";

/**
 * What a set of matched success-rate cells found: every multi-agent run of a cell is compared with
 * that cell's single agent (same study, benchmark, model and success-like metric).
 */
export type Findings = {
  matchedCells: number;
  /** Multi-agent runs compared with their single agent (a cell holds one or more). */
  comparisons: number;
  /** Comparisons where the multi-agent run scored strictly higher than its single agent. */
  beat: number;
  /** Median of (multi − single) over the comparisons, in percentage points; null without comparisons. */
  medianGainPoints: number | null;
};

/**
 * The findings of matched cells. Gains are rounded to 1e-9 points so that 0.6 − 0.5 reads as 10.
 *
 * @example const design = (successRate: number) => ({ method: "m", architecture: "centralized", agents: 3, successRate }); findingsOf([{ study: "s", benchmark: "b", model: "x", baseline: 0.5, designs: [design(0.6), design(0.45), design(0.7)] }])
 * // { matchedCells: 1, comparisons: 3, beat: 2, medianGainPoints: ≈ 10, ... }
 */
export function findingsOf(cells: readonly MatchedCell[]): Findings {
  const gains = cells.flatMap((c) => c.designs.map((d) => Math.round((d.successRate - c.baseline) * 1e11) / 1e9));
  return {
    matchedCells: cells.length,
    comparisons: gains.length,
    beat: gains.filter((g) => g > 0).length,
    medianGainPoints: gains.length === 0 ? null : median(gains),
  };
}

/**
 * One sentence of what a study (or a group of studies) found, e.g.
 * "54 matched success-rate cells: 78 of 216 multi-agent runs beat their single agent (36%); median gain −2.7 points."
 */
export function findingText(f: Findings): string {
  if (f.comparisons === 0 || f.medianGainPoints === null) {
    return "No matched success-rate cell: no multi-agent success rate is paired with its single agent on the same benchmark and model.";
  }
  return (
    `${counted(f.matchedCells, "matched success-rate cell")}: ${f.beat} of ${counted(f.comparisons, "multi-agent run")} beat ${plural(f.comparisons, "its", "their")} single agent ` +
    `(${formatPercent(f.beat / f.comparisons)}); median gain ${signedPoints(f.medianGainPoints)}.`
  );
}

export const KIND_LABELS: Record<Study["kind"], string> = {
  evaluation: "Evaluation: tests others' systems",
  method: "Method: proposes the multi-agent system it measures",
};

export const BUDGET_LABELS: Record<(typeof BUDGET_MATCHING)[number], string> = {
  yes: "Budgets matched",
  partial: "Budgets matched among the multi-agent systems, not against the single agent",
  no: "Budgets not matched (or not stated)",
};

/**
 * A study's short name for table cells: the acronym its title ends with in brackets, else the title
 * before a colon, else the first author's surname from the citation with "et al.", else the title, e.g.
 * studyName("Multi-agent Architecture Search via Agentic Supernet (MaAS)", "Zhang et al., …") // "MaAS";
 * studyName("Towards a Science of Scaling Agent Systems", "Kim, Gu, Park, et al. (Google Research, …") // "Kim et al.".
 */
export function studyName(label: string, citation: string): string {
  const bracketed = /\(([^()]+)\)\s*$/.exec(label);
  if (bracketed?.[1]) return bracketed[1];
  const colon = label.indexOf(":");
  if (colon > 0) return label.slice(0, colon);
  const author = /^(\p{Lu}[\p{L}'-]+)[ ,]/u.exec(citation);
  return author?.[1] ? `${author[1]} et al.` : label;
}

/** One study as the evidence page lists it, with what its stored runs show. */
export type StudyFinding = {
  study: string;
  name: string;
  title: string;
  citation: string;
  link: string;
  kind: Study["kind"];
  kindLabel: string;
  budgetsMatched: Study["budgets_matched"];
  budgetsLabel: string;
  budgetsNote: string;
  /** Stored runs of the study (rows of the runs table), and the benchmarks they cover. */
  runs: number;
  benchmarks: number;
  findings: Findings;
  finding: string;
};

type EvidenceTables = Pick<Dataset, "runs" | "architectures" | "studyRuns" | "studies">;

/**
 * Every study of studies.csv, in its order, with its findings over its matched success-rate cells.
 * `runsByStudy` counts each study's stored runs.
 *
 * @example studyFindings(dataset, new Map())[0].findings.matchedCells // 54 (Kim et al.)
 */
export function studyFindings(dataset: EvidenceTables, runsByStudy: ReadonlyMap<string, { runs: number; benchmarks: number }>): StudyFinding[] {
  const cells = matchedSuccessCells(dataset);
  return dataset.studies.map((s) => {
    const findings = findingsOf(cells.filter((c) => c.study === s.study));
    const counts = runsByStudy.get(s.study) ?? { runs: 0, benchmarks: 0 };
    return {
      study: s.study,
      name: studyName(s.label, s.citation),
      title: s.label,
      citation: s.citation,
      link: s.link,
      kind: s.kind,
      kindLabel: KIND_LABELS[s.kind],
      budgetsMatched: s.budgets_matched,
      budgetsLabel: BUDGET_LABELS[s.budgets_matched],
      budgetsNote: s.budgets_note,
      ...counts,
      findings,
      finding: findingText(findings),
    };
  });
}

/** The method-vs-evaluation contrast: each kind's matched cells pooled, as a table and one sentence. */
export type KindContrast = { columns: string[]; rows: TableRow[]; kinds: { kind: Study["kind"]; studies: number; findings: Findings }[]; text: string };

/**
 * Pools the matched cells of every study of each kind (method papers, evaluations).
 *
 * @example kindContrast(loadDataset()).kinds.map((k) => k.kind) // ["evaluation", "method"]
 */
export function kindContrast(dataset: EvidenceTables): KindContrast {
  const cells = matchedSuccessCells(dataset);
  const kinds = STUDY_KINDS.map((kind) => {
    const studies = new Set(dataset.studies.filter((s) => s.kind === kind).map((s) => s.study));
    return { kind, studies: studies.size, findings: findingsOf(cells.filter((c) => studies.has(c.study))) };
  });
  const name = { evaluation: "evaluations", method: "method papers" } as const;
  const median = (f: Findings) => (f.medianGainPoints === null ? "—" : signedPoints(f.medianGainPoints));
  const rows = kinds.map(({ kind, studies, findings: f }) => ({
    label: `${name[kind][0]?.toUpperCase()}${name[kind].slice(1)} (${counted(studies, "study", "studies")})`,
    cells: [String(f.matchedCells), String(f.comparisons), f.comparisons === 0 ? "—" : `${f.beat} (${formatPercent(f.beat / f.comparisons)})`, median(f)],
  }));
  const text = kinds.map(({ kind, findings: f }) => `${name[kind]}: median gain ${median(f)} over ${counted(f.comparisons, "multi-agent run")}`).join("; ");
  return {
    columns: ["matched success-rate cells", "multi-agent runs compared", "beat their single agent", "median gain (multi − single)"],
    rows,
    kinds,
    text: `${text[0]?.toUpperCase()}${text.slice(1)}.`,
  };
}
