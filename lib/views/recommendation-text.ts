import { formatDuration, formatPercent, formatUsd, wholePercent } from "../format/numbers";
import { PILOT_TASKS, type SuccessPrediction } from "../model/predict/prediction";
import type { CalculatorCatalog } from "./catalog";
import type { CalculatorView } from "./calculator";
import { reasonText } from "./extrapolation-text";
import { pilotsSentence } from "./pilots-text";
import { formatMonthlyUsd, monthlySentence } from "./monthly-cost";
import { monthlyCostUsd } from "../model/cost/monthly";

const range = (p: SuccessPrediction) => `${wholePercent(p.interval[0])}-${wholePercent(p.interval[1])}`;
const pct1 = (x: number) => formatPercent(x, 1);
/** A change in points to one decimal, so it agrees with the one-decimal rates it is quoted beside. */
const points = (x: number) => `${x >= 0 ? "+" : "−"}${Math.abs(Math.round(x * 1000) / 10)} points`;

/** The recommendation card's lines, worded from the view: the UI only lays them out. */
export function recommendationText(view: CalculatorView, catalog: CalculatorCatalog) {
  const { recommendation: r, record, requested } = view;
  const label = (architecture: string) => catalog.architectures.find((a) => a.architecture === architecture)?.label ?? architecture;
  const agents = (p: SuccessPrediction) => `${p.agents} agent${p.agents === 1 ? "" : "s"}`;
  const baseline = r.single.baseline;
  const differs = requested !== null && !(requested.architecture === r.design.architecture && requested.agents === r.design.agents);
  return {
    headline: `Build: ${label(r.design.architecture)}, ${agents(r.design)}`,
    success: `Predicted success ${wholePercent(r.design.successRate)} (90% interval ${range(r.design)}).`,
    cost: `Cost ${formatUsd(r.design.cost.costUsd)} per task, ${formatUsd(r.design.cost.costPerSuccessUsd)} per successful task; about ${formatDuration(r.design.cost.wallClockSeconds)} per task (single agent: ${formatUsd(r.single.cost.costUsd)}, ${formatDuration(r.single.cost.wallClockSeconds)}).`,
    /** The summary bar's cost: per task, and per month with a volume. */
    summaryCost: `${formatUsd(r.design.cost.costUsd)} per task${view.tasksPerDay === null ? "" : ` · ${formatMonthlyUsd(monthlyCostUsd(r.design.cost.costUsd, view.tasksPerDay))} a month`}`,
    monthly: monthlySentence(r.design.cost.costUsd, r.single.cost.costUsd, view.tasksPerDay),
    constraint: r.constraint.note,
    constraintMet: r.constraint.met,
    versusSingle:
      r.kind === "multi"
        ? `${points(r.changeVsSingle)} over a single agent (${pct1(r.design.successRate)} against ${pct1(r.single.successRate)}); chance it beats the single agent: ${wholePercent(r.chanceMultiBetter)}.`
        : r.callKind === "multi"
          ? `Without your constraints the call would be ${label(r.call.architecture)}, ${agents(r.call)}: ${points(r.call.successRate - r.single.successRate)} over the single agent's ${pct1(r.single.successRate)} (chance it beats it: ${wholePercent(r.chanceMultiBetter)}).`
          : `No multi-agent design beats the single agent's ${pct1(r.single.successRate)}; chance the best one, ${label(r.multiCompared.architecture)}, would: ${wholePercent(r.chanceMultiBetter)}.`,
    pilots: pilotsSentence(view.pilots, label, view.fit === "architect"),
    baseline: view.pilots.some((p) => p.architecture === "single")
      ? view.fit === "architect"
        ? `Single-agent success ${wholePercent(baseline.value)} (SD ${Math.round(baseline.sd * 100)} points): your pilot fused with the model's estimate.`
        : `Single-agent baseline ${wholePercent(baseline.value)}: your pilot.`
      : baseline.estimated
      ? `Single-agent baseline not measured: estimated at ${wholePercent(baseline.value)} (SD ${Math.round(baseline.sd * 100)} points). A pilot would replace the estimate with a measurement.`
      : `Single-agent baseline measured at ${wholePercent(baseline.value)} (taken as a ${PILOT_TASKS}-task pilot).`,
    /** What "why" explains: the model's single-vs-multi call, which a constraint may have overridden. */
    whyLead: r.call === r.design ? "Why:" : `Why the model's own call is ${r.callKind === "multi" ? "multi-agent" : "a single agent"}:`,
    why: r.driver.sentence,
    breakEven:
      r.breakEvenBaseline === null
        ? "At any single-agent baseline the call stays the same."
        : `Break-even: multi-agent designs pay off below a single-agent baseline of ${wholePercent(r.breakEvenBaseline)}.`,
    record: `Track record: on benchmarks held out of the fit, this model's single-vs-multi call${baseline.estimated ? ", without a pilot," : ", with a pilot,"} was right in ${record.singleVsMulti} of ${record.groups} cases (${wholePercent(record.singleVsMulti / record.groups)}; always choosing multi-agent: ${record.alwaysMulti}, always a single agent: ${record.groups - record.alwaysMulti}), and it picked the exact best architecture in ${record.exactBest} of ${record.groups}${record.rows === "v2" ? " (on the paper's 4-benchmark v2 runs, not comparable with the 6-benchmark figures)" : ""}.`,
    /** The one agent-count answer: the recommended count, and why no other count is recommended. */
    agentCount: view.agentCount.sentence,
    /** One sentence when the nearest measured run disagrees with the prediction, and why the model weighs it as it does. */
    evidence: view.nearest.agreement.sentence,
    /** The held-out record on the benchmark most like the task (null when none has a record). */
    nearRecord: view.nearestRecord?.sentence ?? null,
    nearRecordWorse: view.nearestRecord?.worseThanNaive ?? false,
    requested: differs && requested !== null ? `Your design, ${label(requested.architecture)} with ${agents(requested)}: ${wholePercent(requested.successRate)} (90% interval ${range(requested)}).` : null,
    caveats: [...new Set([...r.design.reasons, ...(differs && requested !== null ? requested.reasons : [])].map(reasonText))],
  };
}
