import { formatDuration, formatPercent, formatUsd, wholePercent } from "../format/numbers";
import type { PilotPlan } from "../model/decide/plan";
import type { RecommendedCall, Recommendation } from "./recommendation";
import { settlingPilot } from "./plan-text";
import { Z90 } from "../model/stats/normal";
import { PILOT_TASKS, type SuccessPrediction } from "../model/predict/prediction";
import type { CalculatorCatalog } from "./catalog";
import type { CalculatorView } from "./calculator";
import { reasonText } from "./extrapolation-text";
import { pilotsSentence } from "./pilots-text";
import { formatMonthlyUsd, monthlySentence } from "./monthly-cost";
import { monthlyCostUsd } from "../model/cost/monthly";
import { counted, signedPoints } from "../format/words";

const range = (p: SuccessPrediction) => `${wholePercent(p.interval[0])}-${wholePercent(p.interval[1])}`;
const pct1 = (x: number) => formatPercent(x, 1);
/** A change in points to one decimal, so it agrees with the one-decimal rates it is quoted beside. */
const points = (x: number) => signedPoints(100 * x);

/** A value of a solved task, as a band's edge: "$0.40". */
const valueUsd = (x: number) => formatUsd(x);

/**
 * The value bands in a sentence: which design has the highest expected net value as the value of a solved
 * task rises, e.g. "below $0.40 a solved task: single agent; $0.40-$3.10: Centralized; above $3.10: Hybrid".
 */
export function valueBandsText(bands: Recommendation["valueBands"], label: (p: SuccessPrediction) => string): string {
  if (bands.length === 1) return `At any value of a solved task: ${label(bands[0]?.design as SuccessPrediction)}.`;
  const parts = bands.map((b, i) => {
    const who = label(b.design);
    if (i === 0) return `below ${valueUsd(b.toUsd ?? 0)} a solved task: ${who}`;
    if (b.toUsd === null) return `above ${valueUsd(b.fromUsd)}: ${who}`;
    return `${valueUsd(b.fromUsd)}-${valueUsd(b.toUsd)}: ${who}`;
  });
  return `${parts.join("; ")}.`;
}

/**
 * "How sure", the one figure (lib/model/decide/rule.ts), with what it is the chance of: that the chosen
 * multi-agent design beats the single agent, that no multi-agent design beats the single agent, or that
 * the chosen design has the highest net value.
 */
export function howSureText(r: RecommendedCall, label: (p: SuccessPrediction) => string): string {
  const chance = wholePercent(r.chance);
  if (r.rule === "value")
    return `How sure: ${chance}, the chance ${label(r.design)} has the highest net value (value of a solved task × success − cost) of the ${r.assessed.length} designs.`;
  if (r.kind === "multi") return `How sure: ${chance}, the chance ${label(r.design)} beats the single agent.`;
  return `How sure: ${chance}, the chance that no multi-agent design beats the single agent.`;
}

/** The sentence on a stored benchmark the task matches on every input: applied (the default), set aside by the user, or one of several. */
function matchText(
  like: Recommendation["like"],
  benchmark: (id: string) => { label: string; tools: number; decomposability: number } | undefined,
): string | null {
  const names = like.matched.map((id) => benchmark(id)?.label ?? id);
  const first = like.matched[0];
  const b = first === undefined ? undefined : benchmark(first);
  const inputs = b === undefined ? "" : ` (${counted(b.tools, "tool")}, decomposability ${b.decomposability})`;
  if (like.auto && like.like !== null)
    return `Your task matches ${names[0]} on every input the calculator reads${inputs}: the predictions use its measured effects, as if you had chosen it under "My task resembles". Choose "a new task" there to set them aside.`;
  if (like.auto && names.length > 1)
    return `Your task matches ${names.length} stored benchmarks on every input the calculator reads (${names.join(", ")}): choose one under "My task resembles" to apply its measured effects.`;
  if (!like.auto && like.like === null && names.length > 0)
    return `Your task matches ${names.join(", ")} on every input the calculator reads; you chose to treat it as a new task, so its measured effects are not used.`;
  return null;
}

/** The headline of a single-agent call no multi-agent design was shown better than. */
export const NOT_SHOWN_BETTER = "Not shown better: build the single agent";

/**
 * The decision in words, shared by the card, the summary bar, the CLI and the announcement: the headline,
 * how sure, the pilot that would settle a call the model cannot make, the matching benchmark, the net
 * value, the value bands and the contender against the single agent. `label` names an architecture.
 */
export function decisionText(
  r: RecommendedCall,
  label: (architecture: string) => string,
  rule: { valuePerSuccess: number | null; confidence: number },
  plan: PilotPlan | null = null,
) {
  const plain = (architecture: string) => (architecture === "single" ? "the single agent" : label(architecture));
  const named = (p: SuccessPrediction) => plain(p.architecture);
  const agents = (p: SuccessPrediction) => `${counted(p.agents, "agent")}`;
  const notShown = r.rule === "confidence" && r.kind === "single" && !r.shownBetter && r.constraint.callBreaks === null;
  const pilot = plan === null ? null : settlingPilot(plan, plain);
  const contender = r.contender;
  const contenderOdds = r.assessed.find((a) => a.design === contender)?.odds.chanceBeatsSingle ?? Number.NaN;
  return {
    headline: notShown ? NOT_SHOWN_BETTER : `Build: ${r.kind === "single" ? "the single agent" : `${label(r.design.architecture)}, ${agents(r.design)}`}`,
    /** The summary bar's and the announcement's design: the headline without "Build:". */
    short: notShown ? "Single agent (not shown better)" : r.kind === "single" ? "Single agent" : `${label(r.design.architecture)}, ${agents(r.design)}`,
    sure: howSureText(r, named),
    /** With a single-agent call the model could not settle: the pilot that would (the planner's), or where to find it. */
    settle: notShown ? settleText(plan, pilot) : null,
    /** With a value per solved task: the expected net value of the design and of the single agent. */
    value:
      r.rule === "value"
        ? (() => {
            const own = r.assessed.find((a) => a.design === r.design)?.odds.expectedNetValueUsd ?? Number.NaN;
            const single = r.assessed[0]?.odds.expectedNetValueUsd ?? Number.NaN;
            return `Expected net value ${formatSignedUsd(own)} per task (${formatUsd(rule.valuePerSuccess)} × success − cost)${r.kind === "multi" ? `; the single agent: ${formatSignedUsd(single)}` : ""}.`;
          })()
        : null,
    /** What the value of a solved task would decide: the bands of the design with the highest expected net value. */
    bands: `${r.rule === "value" ? "By the value of a solved task" : "What a solved task must be worth for more agents to pay"}: ${valueBandsText(r.valueBands, named)}`,
    versusSingle:
      r.kind === "multi"
        ? `${points(r.changeVsSingle)} over the single agent (${pct1(r.design.successRate)} against ${pct1(r.single.successRate)}).`
        : `The multi-agent design likeliest to beat the single agent's ${pct1(r.single.successRate)}, ${named(contender)} at ${pct1(contender.successRate)}, would with ${wholePercent(contenderOdds)} chance${r.rule === "confidence" ? `; the call needs ${wholePercent(rule.confidence)}` : ""}.`,
  };
}

/** The recommendation card's lines, worded from the view (and the pilot plan, when there is one): the UI only lays them out. */
export function recommendationText(view: CalculatorView, catalog: CalculatorCatalog, plan: PilotPlan | null = null) {
  const { recommendation: r, record, requested } = view;
  const label = (architecture: string) =>
    architecture === "single" ? "the single agent" : (catalog.architectures.find((a) => a.architecture === architecture)?.label ?? architecture);
  const agents = (p: SuccessPrediction) => `${counted(p.agents, "agent")}`;
  const baseline = r.single.baseline;
  const differs = requested !== null && !(requested.architecture === r.design.architecture && requested.agents === r.design.agents);
  return {
    ...decisionText(r, label, { valuePerSuccess: view.valuePerSuccess, confidence: view.confidence }, plan),
    match: matchText(r.like, (id) => catalog.evidenceBenchmarks.find((b) => b.benchmark === id)),
    success: `Predicted success ${wholePercent(r.design.successRate)} (90% interval ${range(r.design)}).`,
    cost: `Cost ${formatUsd(r.design.cost.costUsd)} per task, ${formatUsd(r.design.cost.costPerSuccessUsd)} per successful task; about ${formatDuration(r.design.cost.wallClockSeconds)} per task (single agent: ${formatUsd(r.single.cost.costUsd)}, ${formatDuration(r.single.cost.wallClockSeconds)}).`,
    /** The summary bar's cost: per task, and per month with a volume. */
    summaryCost: `${formatUsd(r.design.cost.costUsd)} per task${view.tasksPerDay === null ? "" : ` · ${formatMonthlyUsd(monthlyCostUsd(r.design.cost.costUsd, view.tasksPerDay))} a month`}`,
    monthly: monthlySentence(r.design.cost.costUsd, r.single.cost.costUsd, view.tasksPerDay),
    constraint: r.constraint.note,
    constraintMet: r.constraint.met,
    pilots: pilotsSentence(view.pilots, (a) => catalog.architectures.find((x) => x.architecture === a)?.label ?? a, view.fit === "architect"),
    baseline: view.pilots.some((p) => p.architecture === "single")
      ? view.fit === "architect"
        ? `Single-agent success ${wholePercent(baseline.value)} (SD ${Math.round(baseline.sd * 100)} points): your pilot combined with the model's estimate.`
        : `Single-agent baseline ${wholePercent(baseline.value)}: your pilot.`
      : baseline.estimated
        ? `Single-agent baseline not measured: estimated at ${wholePercent(baseline.value)} (SD ${Math.round(baseline.sd * 100)} points). A pilot would replace the estimate with a measurement.`
        : `Single-agent baseline measured at ${wholePercent(baseline.value)} (taken as a ${PILOT_TASKS}-task pilot).`,
    /** What "why" explains: the gap between the contender and the single agent, in the direction of the rule's call. */
    ...whyText(r, (a) => catalog.architectures.find((x) => x.architecture === a)?.label ?? a, view.confidence),
    breakEven:
      r.breakEvenBaseline === null
        ? "At any single-agent baseline the best multi-agent design stays on the same side of it."
        : `Break-even: the best multi-agent design is predicted above the single agent below a single-agent baseline of ${wholePercent(r.breakEvenBaseline)}.`,
    record: trackRecordText(record, baseline.estimated),
    /** The one agent-count answer: the recommended count, and why no other count is recommended. */
    agentCount: view.agentCount.sentence,
    /** One sentence when the nearest measured run disagrees with the prediction, and why the model weighs it as it does. */
    evidence: view.nearest.agreement.sentence,
    /** The held-out record on the benchmark most like the task (null when none has a record). */
    nearRecord: view.nearestRecord?.sentence ?? null,
    nearRecordWorse: view.nearestRecord?.worseThanNaive ?? false,
    requested:
      differs && requested !== null
        ? `Your design, ${label(requested.architecture)} with ${agents(requested)}: ${wholePercent(requested.successRate)} (90% interval ${range(requested)}).`
        : null,
    caveats: [...new Set([...r.design.reasons, ...(differs && requested !== null ? requested.reasons : [])].map(reasonText))],
  };
}

/**
 * Why the call is what it is. A single-agent call the model could not settle ("not shown better") is
 * explained by the uncertainty of the gap when the likeliest multi-agent design is predicted ahead;
 * otherwise by the driver (the input that moves the gap most toward the call).
 */
export function whyText(r: Recommendation, label: (architecture: string) => string, confidence: number): { whyLead: string; why: string } {
  const notShown = r.rule === "confidence" && r.kind === "single" && !r.shownBetter && r.constraint.callBreaks === null;
  const odds = r.assessed.find((a) => a.design === r.contender)?.odds;
  const gap = r.contender.successRate - r.single.successRate;
  if (notShown && odds !== undefined && odds.gapSd !== null && gap > 0) {
    const spread = Math.round(Z90 * odds.gapSd * 100);
    return {
      whyLead: "Why not more agents:",
      why: `${label(r.contender.architecture)} is predicted ${points(gap)} over the single agent, give or take ${spread} points (the gap's 90% interval), so it beats the single agent with ${wholePercent(odds.chanceBeatsSingle ?? Number.NaN)} chance, short of the ${wholePercent(confidence)} the call needs. What moves the gap most: ${r.driver.sentence}`,
    };
  }
  return {
    whyLead: r.call === r.design ? "Why:" : `Why the rule's own call is ${r.callKind === "multi" ? "multi-agent" : "the single agent"}:`,
    why: r.driver.sentence,
  };
}

/** The pilot that would settle a call the model cannot make: the planner's plan reaching the target, or the surest when none does. */
function settleText(plan: PilotPlan | null, pilot: string | null): string | null {
  if (plan === null) return "Or run a pilot to settle it: the planner below says which, on how many tasks.";
  if (plan.choice.kind === "none-needed" || pilot === null) return null;
  if (plan.choice.kind === "plan") return `Or run this pilot to settle it: ${pilot}.`;
  const largest = Math.max(...plan.options.map((o) => o.tasks));
  return `No pilot of up to ${largest} tasks${plan.maxPilotCost === null ? "" : " within your pilot budget"} makes the call ${wholePercent(plan.target)} sure; the surest is ${pilot}, ${wholePercent(plan.choice.best?.chance ?? Number.NaN)} sure.`;
}

/** A signed amount of dollars: "$0.0126", "−$0.0040". */
function formatSignedUsd(x: number): string {
  return x < 0 ? `−${formatUsd(-x)}` : formatUsd(x);
}

/**
 * The held-out record of the single-vs-multi call, labelled with or without a pilot: the track record
 * scores the old rule's calls (highest predicted success), the decision table on /methodology the rule's.
 */
function trackRecordText(record: CalculatorView["record"], estimated: boolean): string {
  return `Track record (${estimated ? "without a pilot" : "with a single-agent pilot"}): on benchmarks held out of the fit, picking the design with the highest predicted success got the single-vs-multi call right in ${record.singleVsMulti} of ${record.groups} cases (${wholePercent(record.singleVsMulti / record.groups)}; always choosing multi-agent: ${record.alwaysMulti}, always a single agent: ${record.groups - record.alwaysMulti})${record.rows === "v2" ? " (on the paper's 4-benchmark v2 runs, not comparable with the 6-benchmark figures)" : ""}. The rule used here, which weighs cost and how sure the call is, is scored by what its calls would have cost on the methodology page.`;
}
