import { formatFixed, formatPercent } from "../format/numbers";
import type { CalibrationBin, ClusteredShare, PlannerCalibration } from "../model/validation/pilot-fusion-calibration";
import { FUSION_APPROACHES, type FusionApproach, type PilotFusionRow, type PilotFusionValidation, type SimFigure } from "../model/validation/pilot-fusion";
import type { PilotFusionTarget, PilotFusionTargetKey } from "../model/validation/pilot-fusion-targets";
import { RULE_RIGHT_TEXT } from "./plan-text";
import type { TableRow } from "./validation-rows";

/** The words of validate --pilots (docs/model.md, "Pilots fused with the model"). */

/** The rules the simulation compares. */
export const FUSION_APPROACH_LABELS: Record<FusionApproach, string> = {
  fused: "the model fused with both pilots (the planner chose the design)",
  fusedTop: "the same, piloting the model's top design instead",
  fusedAll: "every multi-agent design piloted on the same tasks, fused",
  modelOnly: "model only: fused with the single-agent pilot",
  pilotOnly: "pilot only: the same two pilots, no model",
  pilotedExact: "the piloted design measured exactly, no model",
  reference: "reference: the truly best design piloted, no model",
  naive: "naive: every design at the single-agent pilot",
};

const fixed3 = (x: number) => formatFixed(x, 3);
const sharePoints = (x: number) => formatFixed(x * 100, 1);
const mae = (f: SimFigure | null) => (f === null ? "—" : `${fixed3(f.mean)} (± ${fixed3(f.se)})`);
const coverage = (f: SimFigure | null) => (f === null ? "—" : `${formatPercent(f.mean, 1)} (± ${sharePoints(f.se)})`);
const decisions = (f: SimFigure, groups: number) =>
  `${formatFixed(f.mean * groups, 1)}/${groups} ± ${formatFixed(f.mcSe * groups, 1)} (± ${formatFixed(f.se * groups, 1)})`;

/** One pilot size's table: each rule's decisions, errors and coverage. */
export function pilotFusionRows(row: PilotFusionRow): { columns: string[]; rows: TableRow[] } {
  return {
    columns: ["single vs multi right", "MAE, piloted design", "MAE, designs not piloted", "90% coverage, all five", "exact best design"],
    rows: FUSION_APPROACHES.map((a) => {
      const f = row.approaches[a];
      return {
        label: FUSION_APPROACH_LABELS[a],
        cells: [
          decisions(f.decisions, row.groups),
          mae(f.maePiloted),
          mae(f.maeNotPiloted),
          coverage(f.coverage),
          f.exactBest === null ? "—" : decisions(f.exactBest, row.groups),
        ],
      };
    }),
  };
}

/** Which designs the fused model piloted, in a sentence. */
export function pilotedText(row: PilotFusionRow, label: (design: string) => string): string {
  const shares = Object.entries(row.piloted).sort((a, b) => b[1] - a[1]);
  return `The planner piloted ${shares.map(([d, s]) => `${label(d)} in ${formatPercent(s, 0)}`).join(", ")} of the draws.`;
}

/** How to read the tables, in a sentence. */
export function pilotFusionNote(v: PilotFusionValidation): string {
  const largestMc = Math.max(...v.rows.flatMap((r) => Object.values(r.approaches).map((a) => a.decisions.mcSe * r.groups)));
  return `Each cell: the mean over ${v.draws} draws per group, decisions with their Monte Carlo SE (at most ${formatFixed(largestMc, 1)} groups), then in parentheses the SE over the six held-out benchmarks (clustered). The measured rates are the simulation's truth; pilots are paired on the same tasks at the task correlation ${formatFixed(v.taskCorrelation, 3)}.`;
}

const right = (s: ClusteredShare) => `${formatPercent(s.mean, 1)} (± ${sharePoints(s.se)})`;

function binRows(bins: readonly CalibrationBin[]): TableRow[] {
  return bins.map((b) => ({
    label: `promised ${formatPercent(b.from, 0)}-${formatPercent(b.to, 0)}`,
    // A clustered SE needs a few clusters: with fewer than three benchmarks it is not shown.
    cells: [
      String(b.cases),
      String(b.benchmarks),
      b.cases === 0 ? "—" : formatPercent(b.promised, 1),
      b.cases === 0 ? "—" : b.benchmarks < 3 ? `${formatPercent(b.right.mean, 1)} (no SE)` : right(b.right),
    ],
  }));
}

/** The planner's calibration: by the chance it promised the call would be right (the confidence rule's criterion). */
export function calibrationRows(c: PlannerCalibration): { columns: string[]; rows: TableRow[]; text: string } {
  const atTarget = c.atTarget;
  const byKind = c.atTargetByKind;
  return {
    columns: ["cases", "benchmarks", "promised (mean)", "right (± SE over benchmarks)"],
    rows: binRows(c.bins),
    text: [
      `The planner (the confidence rule: ${RULE_RIGHT_TEXT.confidence}; target ${formatPercent(c.target, 0)}) ran after every simulated single-agent pilot, ${c.cases} cases: no pilot needed in ${formatPercent(c.choices["none-needed"], 1)}, a plan reaching the target in ${formatPercent(c.choices.plan, 1)}, none reaching it in ${formatPercent(c.choices["none-affordable"], 1)} (then its surest plan was run).`,
      `Where it promised at least ${formatPercent(c.target, 0)} (${atTarget.cases} cases, ${formatPercent(atTarget.promised, 1)} promised on average), the final call was right in ${right(atTarget.right)}: ${right(byKind["none-needed"].right)} of ${byKind["none-needed"].cases} with no pilot needed, ${right(byKind.plan.right)} of ${byKind.plan.cases} after the plan. Success given up there: ${formatFixed(atTarget.promisedLoss * 100, 1)} points promised, ${formatFixed(atTarget.loss.mean * 100, 1)} (± ${sharePoints(atTarget.loss.se)}) realized; over every case ${formatFixed(c.loss.promised * 100, 1)} promised, ${formatFixed(c.loss.realized.mean * 100, 1)} (± ${sharePoints(c.loss.realized.se)}) realized.`,
    ].join(" "),
  };
}

/** Real task subsets beside binomial pilots on the same groups: decisions and the piloted design's MAE per rule. */
export function taskSubsetRows(v: PilotFusionValidation): { columns: string[]; rows: TableRow[] } {
  const { real, binomial } = v.taskSubsets;
  const approaches: FusionApproach[] = ["fused", "modelOnly", "pilotOnly", "reference"];
  return {
    columns: real.flatMap((r) => [
      `${r.tasks} real tasks: right`,
      `${r.tasks} binomial: right`,
      `${r.tasks} real: MAE piloted`,
      `${r.tasks} binomial: MAE piloted`,
    ]),
    rows: approaches.map((a) => ({
      label: FUSION_APPROACH_LABELS[a],
      cells: real.flatMap((r, i) => {
        const b = binomial[i];
        const f = r.approaches[a];
        const g = b?.approaches[a];
        const count = (x: SimFigure | undefined, groups: number) => (x === undefined ? "—" : `${formatFixed(x.mean * groups, 1)}/${groups}`);
        return [
          count(f.decisions, r.groups),
          count(g?.decisions, b?.groups ?? 0),
          f.maePiloted === null ? "—" : fixed3(f.maePiloted.mean),
          g === undefined || g.maePiloted === null ? "—" : fixed3(g.maePiloted.mean),
        ];
      }),
    })),
  };
}

const TARGET_LABELS: Record<PilotFusionTargetKey, (t: PilotFusionTarget, groups: number) => string> = {
  decisions: (t, groups) =>
    `${t.tasks} tasks: single vs multi right in ≥ ${formatPercent(t.bound, 1)} of groups (${formatFixed(t.bound * 52, 0)} of Kim et al.'s 52): ${formatFixed(t.value * groups, 1)}/${groups} (${formatPercent(t.value, 1)})`,
  maePiloted: (t) => `${t.tasks} tasks: MAE of the piloted design ≤ ${fixed3(t.bound)}: ${fixed3(t.value)}`,
  maeNotPiloted: (t) => `${t.tasks} tasks: MAE of the designs not piloted below model only's (${fixed3(t.bound)}): ${fixed3(t.value)}`,
  coverage: (t) => `${t.tasks} tasks: 90% coverage of all five designs within 85-95%: ${formatPercent(t.value, 1)}`,
  calibration: (t) => `the planner right in ≥ ${formatPercent(t.bound, 0)} of the cases where it promised ≥ 90%: ${formatPercent(t.value, 1)}`,
};

/** The targets with ✓ or ✗. */
export function pilotFusionTargetLines(targets: readonly PilotFusionTarget[], groups: number): string[] {
  return targets.map((t) => `${t.met ? "✓" : "✗"} ${TARGET_LABELS[t.key](t, groups)}`);
}
