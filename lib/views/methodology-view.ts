import { agentCountCheck } from "../model/validation/pooled";
import { agentCountCheckRows } from "./pooled-rows";
import { coefficientLabel, FIT_FIGURE_LABELS, MODEL_LABELS } from "./labels";
import type { Dataset } from "../data/dataset";
import { PAPER_FITS } from "../data/schemas";
import { formatFixed } from "../format/numbers";
import { PEAK_AGENTS, SD_PER_DOUBLING, SD_SHARE_OF_CHANGE, TURN_LAW } from "../model/predict/agent-count-rule";
import { valueRange } from "../model/predict/extrapolation";
import { costArchitectures, designTurns, PAPER_REASONING_TOKENS_PER_TASK, PAPER_SINGLE_AGENT_TURNS } from "../model/cost/design-cost";
import { decisionNoiseCeiling } from "../model/validation/noise";
import { reproducePaperFit } from "../model/paper/reproduce";
import type { Reliability } from "../model/validation/track-record";
import { RELIABILITY_KEYS, type ReliabilityKey } from "../model/choose/fitted-models";
import { turnRatios } from "../model/cost/turn-ratios";
import { parameter } from "../scenario/parameters";
import { PILOT_TASKS } from "../model/predict/prediction";
import { compareCoefficients, compareFitFigures } from "../model/paper/printed-compare";
import { cachedValidation } from "../model/validation/harness";
import { runAblations } from "../model/validation/ablations";
import { architectCoefficientRows, baselineCoefficientRows, table5Discrepancies } from "./architect-summary";
import { agentRuleCurve, calibrationRows, firstLoss, predictedVsMeasured } from "./methodology";
import {
  ablationRows,
  benchmarkRows,
  ceilingText,
  count,
  floorRows,
  noiseFloorText,
  permutationRows,
  targetRows,
  validationRows,
  type TableRow,
} from "./validation-rows";
import { floorsBeside } from "../model/validation/floors";
import { taskCorrelation } from "../model/architect/task-correlation";
import { cachedPilotFusion } from "../model/validation/pilot-fusion";
import { pilotFusionTargets } from "../model/validation/pilot-fusion-targets";
import { cachedDecisions } from "../model/validation/decision-regret";
import { PLAN_CONFIDENCE } from "../model/decide/plan";
import { decisionTables } from "./decision-rows";
import { calibrationRows as plannerCalibrationRows, pilotedText, pilotFusionNote, pilotFusionRows, pilotFusionTargetLines } from "./pilot-fusion-rows";
import { cachedPermutationTests } from "../model/validation/permutation";
import type { FittedModels } from "../model/choose/fitted-models";
import { rangeText } from "../format/numbers";
import type { EvidenceValidation } from "../model/validation/pooled";
import { trustFigures } from "../model/validation/trust";
import { KIM_STUDY } from "../data/study-schemas";
import { acrossStudiesView } from "./across-studies";
import { trustBox } from "./trust-box";
import { countText } from "../format/words";

const RECORD_LABELS: Record<ReliabilityKey, string> = {
  "architect-pilot": "architect's model, with a pilot",
  "architect-no-pilot": "architect's model, no pilot",
  "paper-v3-pilot": "paper's Eq. 1, v3 fit, with a pilot",
  "paper-v3-no-pilot": "paper's Eq. 1, v3 fit, no pilot",
  "paper-v2-pilot": "paper's Eq. 1, v2 fit, with a pilot (v2 runs: 4 benchmarks)",
  "paper-v2-no-pilot": "paper's Eq. 1, v2 fit, no pilot (v2 runs: 4 benchmarks)",
};

/** The calculator's quoted track record, one row per model and pilot mode. */
function recordRows(reliability: Reliability): { columns: string[]; rows: TableRow[] } {
  return {
    columns: ["single vs multi right", "exact best architecture", "always multi-agent", "always a single agent"],
    rows: RELIABILITY_KEYS.map((key) => {
      const r = reliability[key];
      return {
        label: RECORD_LABELS[key],
        cells: [count(r.singleVsMulti, r.groups), `${r.exactBest}/${r.groups}`, count(r.alwaysMulti, r.groups), count(r.groups - r.alwaysMulti, r.groups)],
      };
    }),
  };
}

/** The turn-ratio check as a table. */
function turnRatioRows(dataset: Dataset): { columns: string[]; rows: TableRow[]; groups: number } {
  const ratios = turnRatios(dataset);
  const labels = new Map(dataset.architectures.map((a) => [a.architecture, a.label]));
  const x = (v: number | undefined) => (v === undefined || Number.isNaN(v) ? "—" : `${formatFixed(v, 2)}×`);
  return {
    columns: ["agents", "Table 5 (cost model)", "measured steps", "SWE-bench Verified", "Terminal-Bench", "measured × agents"],
    rows: ratios.map((r) => ({
      label: labels.get(r.architecture) ?? r.architecture,
      cells: [
        String(r.agents),
        x(r.predicted),
        x(r.measured),
        x(r.byBenchmark["swe-bench-verified"]),
        x(r.byBenchmark["terminal-bench"]),
        x(r.measured * r.agents),
      ],
    })),
    groups: Math.max(...ratios.map((r) => r.groups)),
  };
}

/**
 * The extrapolated designs the turn rule puts below a single agent's turns (so below its cost), e.g.
 * "independent with 2 agents (0.89× the single agent's turns)"; empty when there are none.
 */
export function cheaperThanSingle(dataset: Pick<Dataset, "architectures">): string {
  const maxAgents = parameter("agents").max;
  const below = Object.values(costArchitectures(dataset.architectures)).flatMap((a) =>
    a.agents === 1
      ? []
      : Array.from({ length: maxAgents - 1 }, (_, i) => i + 2).flatMap((n) => {
          const ratio = designTurns(a, n, 1);
          return ratio < 1 ? [`${a.architecture} with ${n} agents (${formatFixed(ratio, 2)}× the single agent's turns)`] : [];
        }),
  );
  return joinAnd(below);
}

/** A list in prose: "a", "a and b", "a, b and c". */
const joinAnd = (names: readonly string[]) => (names.length > 1 ? `${names.slice(0, -1).join(", ")} and ${names.at(-1)}` : (names[0] ?? ""));

/** The stored runs outside the paper's v3 fit, described by model and benchmark: "the 10 runs of X on A and B". */
export function excludedRunsText(dataset: Pick<Dataset, "runs" | "models" | "benchmarks">): string {
  const out = dataset.runs.filter((r) => !r.in_v3);
  if (out.length === 0) return "no run";
  const label = <T extends { label: string }>(items: readonly T[], key: (t: T) => string, id: string) => items.find((t) => key(t) === id)?.label ?? id;
  const models = [...new Set(out.map((r) => r.model))].map((m) => label(dataset.models, (x) => x.model, m));
  const benchmarks = [...new Set(out.map((r) => r.benchmark))].map((b) => label(dataset.benchmarks, (x) => x.benchmark, b));
  return `the ${out.length} runs of ${joinAnd(models)} on ${joinAnd(benchmarks)}`;
}

/** The agent count each architecture was measured with, grouped: "single 1; independent and decentralized 3; ...". */
export function measuredCountsText(dataset: Pick<Dataset, "architectures">): string {
  const byCount = new Map<number, string[]>();
  for (const a of dataset.architectures) byCount.set(a.agents, [...(byCount.get(a.agents) ?? []), a.architecture]);
  return [...byCount.entries()]
    .sort(([a], [b]) => a - b)
    .map(([count, names]) => `${joinAnd(names)} ${count}`)
    .join("; ");
}

/**
 * Everything the methodology page shows, computed from the stored runs: plain data for the sections.
 * `evidence` is the pooled harness on the evidence the served model learns from (cachedEvidenceValidation).
 */
export function methodologyView(dataset: Dataset, models: FittedModels, reliability: Reliability, evidence: EvidenceValidation) {
  const report = cachedValidation(dataset, "v3");
  const architect = models.architect;
  const architectures = dataset.architectures.map((a) => a.architecture);
  const ablationResults = runAblations(report.runs, dataset);
  const ablationFigure = (key: string) => ablationResults.variants.find((v) => v.key === key)?.maeLoboMas ?? Number.NaN;
  const groups = report.models[0]?.decisions.cv.groups ?? 0;
  const ceiling = decisionNoiseCeiling(
    report.runs,
    dataset,
    dataset.architectures.map((a) => a.architecture),
  );
  const ablation = ablationRows(ablationResults, report.models[0]?.decisions.lobo.groups ?? 0);
  const byKey = (key: string) => report.models.filter((m) => m.key === key);
  const reproductions = PAPER_FITS.map((fit) => reproducePaperFit(dataset, fit));
  // The decision harness reuses the v3 report's LOBO fits and the pooled harness's fold fits.
  const decisions = cachedDecisions(report.runs, evidence.rows, dataset);
  return {
    dataVersion: dataset.version,
    studies: new Set(evidence.rows.map((r) => r.study)).size,
    trust: trustBox(trustFigures(report, evidence, architectures, decisions)),
    decisions: {
      listed: decisionTables(decisions, "listed"),
      reference: decisionTables(decisions, "reference"),
      pricing: decisions.pricing,
      confidence: PLAN_CONFIDENCE,
      gainWeight: architect.gainWeight,
    },
    acrossStudies: acrossStudiesView(evidence, architect, dataset),
    architect: {
      fit: {
        features: architect.features,
        studies: new Set(evidence.rows.map((r) => r.study)).size,
        benchmarks: new Set(evidence.rows.map((r) => r.benchmark)).size,
        kimRuns: evidence.rows.filter((r) => r.study === KIM_STUDY).length,
        /** Kim et al.'s six benchmarks, LOBO over multi-agent runs, fitted to their runs only: the rubric's d, their printed d, no d. */
        decomposability: { rubric: ablationFigure("as-fitted"), printed: ablationFigure("printed-d"), without: ablationFigure("without-d") },
        settings: architect.settings,
        innerLoboMae: architect.innerLoboMae,
        sdNewTask: architect.sdNewTask,
        sdKnownTask: architect.sdKnownTask,
        sdWithin: Math.sqrt(architect.effects.withinVariance),
        tau: Math.sqrt(architect.effects.betweenVariance),
        rows: architect.rows,
        baselineLambda: architect.baselineModel.lambda,
        baselineSd: architect.baselineModel.sdNewTask,
        pilotTasks: PILOT_TASKS,
      },
      coefficients: architectCoefficientRows(architect, dataset),
      baseline: baselineCoefficientRows(architect),
    },
    validation: {
      runs: report.runs.length,
      excluded: { stored: dataset.runs.length, text: excludedRunsText(dataset) },
      groups,
      tasks: rangeText(valueRange(dataset.benchmarks.map((b) => b.tasks))),
      table: validationRows(report),
      benchmarks: benchmarkRows(report),
      targets: targetRows(report),
      noiseFloor: noiseFloorText(report),
      ceiling: ceilingText(ceiling),
      ablations: { columns: ablation.columns, rows: ablation.rows },
      permutation: permutationRows(cachedPermutationTests(report.runs, dataset)),
      floors: floorRows(floorsBeside(report, evidence, dataset)),
      scatter: [...byKey("paper"), ...byKey("architect")].map((m) => ({ label: MODEL_LABELS[m.key], points: predictedVsMeasured(report, m, "lobo") })),
      calibration: calibrationRows(report),
    },
    pilots: {
      taskCorrelation: taskCorrelation(dataset.taskResults),
      errorCorrelation: architect.errorCorrelation,
      validation: (() => {
        const v = cachedPilotFusion(report.runs, dataset);
        const labels = new Map(dataset.architectures.map((a) => [a.architecture, a.label]));
        const groups = v.rows[0]?.groups ?? 0;
        return {
          note: pilotFusionNote(v),
          tables: v.rows.map((row) => ({ tasks: row.tasks, ...pilotFusionRows(row), piloted: pilotedText(row, (d) => labels.get(d) ?? d) })),
          calibration: v.calibration === null ? null : plannerCalibrationRows(v.calibration),
          targets: pilotFusionTargetLines(pilotFusionTargets(v), groups),
        };
      })(),
    },
    agents: (() => {
      const helpful = agentRuleCurve(0.1, 4);
      return {
        peak: PEAK_AGENTS,
        sdPerDoubling: SD_PER_DOUBLING,
        shareOfChange: SD_SHARE_OF_CHANGE,
        turnLaw: TURN_LAW,
        measuredCounts: measuredCountsText(dataset),
        helpfulTurnsNegativeAt: firstLoss(helpful),
        check: agentCountCheckRows(agentCountCheck(evidence.rows, evidence.architect)),
        curves: [
          { label: "helpful: +10 pts at 4 agents", color: "var(--series-1)", rows: helpful },
          { label: "harmful: −15 pts at 3 agents", color: "var(--series-2)", rows: agentRuleCurve(-0.15, 3) },
        ],
      };
    })(),
    reproduction: reproductions.map((r) => ({
      name: r.fit,
      figures: compareFitFigures(r, dataset).map((f) => ({ ...f, label: FIT_FIGURE_LABELS[f.key] })),
      coefficients: compareCoefficients(r, dataset).map((c) => ({ ...c, label: coefficientLabel(c.key) })),
    })),
    table5: table5Discrepancies(dataset),
    record: recordRows(reliability),
    cost: (() => {
      const table = turnRatioRows(dataset);
      return {
        table: { columns: table.columns, rows: table.rows },
        groups: table.groups,
        defaults: {
          sasTurns: parameter("sasTurns").default,
          inputTokensPerTurn: parameter("inputTokensPerTurn").default,
          outputTokensPerTurn: parameter("outputTokensPerTurn").default,
          cacheHitRate: parameter("cacheHitRate").default,
          secondsPerTurn: parameter("secondsPerTurn").default,
        },
        paperSingleAgentTurns: PAPER_SINGLE_AGENT_TURNS,
        belowSingle: cheaperThanSingle(dataset),
        paperReasoningTokens: countText(PAPER_REASONING_TOKENS_PER_TASK),
        turnLaw: TURN_LAW,
      };
    })(),
  };
}

export type MethodologyView = ReturnType<typeof methodologyView>;
