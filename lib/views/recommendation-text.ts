import { formatDuration, formatPercent, formatUsd } from "../format/numbers";
import type { SuccessPrediction } from "../model/prediction";
import type { CalculatorCatalog } from "./catalog";
import type { CalculatorView } from "./calculator";

const pct = (x: number) => formatPercent(x, 0);
const range = (p: SuccessPrediction) => `${pct(p.interval[0])}-${pct(p.interval[1])}`;
const points = (x: number) => `${x >= 0 ? "+" : "−"}${Math.abs(Math.round(x * 100))} points`;

/** The recommendation card's lines, worded from the view: the UI only lays them out. */
export function recommendationText(view: CalculatorView, catalog: CalculatorCatalog) {
  const { recommendation: r, record, requested } = view;
  const label = (architecture: string) => catalog.architectures.find((a) => a.architecture === architecture)?.label ?? architecture;
  const agents = (p: SuccessPrediction) => `${p.agents} agent${p.agents === 1 ? "" : "s"}`;
  const baseline = r.single.baseline;
  const differs = requested !== null && !(requested.architecture === r.design.architecture && requested.agents === r.design.agents);
  return {
    headline: `Build: ${label(r.design.architecture)}, ${agents(r.design)}`,
    success: `Predicted success ${pct(r.design.successRate)} (90% interval ${range(r.design)}).`,
    cost: `Cost ${formatUsd(r.design.cost.costUsd)} per task, ${formatUsd(r.design.cost.costPerSuccessUsd)} per successful task; about ${formatDuration(r.design.cost.wallClockSeconds)} per task (single agent: ${formatUsd(r.single.cost.costUsd)}, ${formatDuration(r.single.cost.wallClockSeconds)}).`,
    constraint: r.constraint.note,
    constraintMet: r.constraint.met,
    versusSingle:
      r.kind === "multi"
        ? `${points(r.changeVsSingle)} over a single agent (${pct(r.single.successRate)}); chance it beats the single agent: ${pct(r.chanceMultiBetter)}.`
        : `No multi-agent design beats the single agent's ${pct(r.single.successRate)}; chance the best one would: ${pct(r.chanceMultiBetter)}.`,
    baseline: baseline.estimated
      ? `Single-agent baseline not measured: estimated at ${pct(baseline.value)} (SD ${Math.round(baseline.sd * 100)} points). A pilot would replace the estimate with a measurement.`
      : `Single-agent baseline measured at ${pct(baseline.value)} (taken as a 100-task pilot).`,
    why: r.driver.sentence,
    breakEven:
      r.breakEvenBaseline === null
        ? "At any single-agent baseline the call stays the same."
        : `Break-even: multi-agent designs pay off below a single-agent baseline of ${pct(r.breakEvenBaseline)}.`,
    record: `Track record: on benchmarks held out of the fit, this model's single-vs-multi call${baseline.estimated ? ", without a pilot," : ", with a pilot,"} was right in ${record.singleVsMulti} of ${record.groups} cases (${pct(record.singleVsMulti / record.groups)}), and it picked the exact best architecture in ${record.exactBest} of ${record.groups}${record.rows === "v2" ? " (on the paper's 4-benchmark v2 runs, not comparable with the 6-benchmark figures)" : ""}.`,
    requested: differs && requested !== null ? `Your design, ${label(requested.architecture)} with ${agents(requested)}: ${pct(requested.successRate)} (90% interval ${range(requested)}).` : null,
    caveats: [...new Set([...r.design.reasons, ...(differs && requested !== null ? requested.reasons : [])])],
  };
}
