import { formatFixed, formatPercent, formatUsd } from "../format/numbers";
import { EVERY_DESIGN, type PilotPlan, type PlanCriterion, type PlanOption } from "../model/decide/plan";

/**
 * The pilot planner's words (docs/model.md, "Pilots fused with the model"): lib/model/decide/plan.ts
 * decides by keys and numbers; the CLI and the calculator show these sentences and rows.
 */

/** What a call is right about, by criterion. */
export const CRITERION_TEXT: Record<PlanCriterion, string> = {
  "single-vs-multi": "on whether a multi-agent design beats the single agent",
  best: "on the best design",
};

const points = (share: number) => `${formatFixed(share * 100, 1)} points`;
/** A plan's design in a sentence ("every multi-agent design" for EVERY_DESIGN) and in a table or legend. */
const pilotName = (design: string, label: (design: string) => string) => (design === EVERY_DESIGN ? "every multi-agent design" : label(design));
const pilotLabel = (design: string, label: (design: string) => string) => (design === EVERY_DESIGN ? "Every multi-agent design" : label(design));
const plannedPilot = (o: PlanOption, label: (design: string) => string, cost: (usd: number) => string) =>
  `${pilotName(o.design, label)} on ${o.tasks} tasks${o.withSingle ? ", with the single agent on the same tasks" : ""} (${cost(o.pilotCost)})`;

/**
 * The planner's recommendation in a sentence: no pilot needed, the cheapest pilot reaching the target,
 * or none up to the largest size (then the most confident one).
 *
 * @example planSentence(plan, (d) => d) // "Pilot hybrid on 30 tasks, with the single agent on the same tasks ($2.71): then the call is right on whether a multi-agent design beats the single agent with 85% confidence (target 85%), against 74% now; expected loss 4.0 points."
 */
export function planSentence(plan: PilotPlan, label: (design: string) => string, cost: (usd: number) => string = formatUsd): string {
  const target = formatPercent(plan.target, 0);
  const about = CRITERION_TEXT[plan.criterion];
  const choice = plan.choice;
  if (choice.kind === "none-needed") {
    return `No pilot needed: the model's call, ${label(plan.now.call)}, is right ${about} with ${formatPercent(plan.now.confidence, 0)} confidence (target ${target}); expected loss ${points(plan.now.expectedLoss)}.`;
  }
  if (choice.kind === "plan") {
    const o = choice.option;
    return `Pilot ${plannedPilot(o, label, cost)}${plan.maxPilotCost === null ? "" : `, within your pilot budget of ${cost(plan.maxPilotCost)}`}: then the call is right ${about} with ${formatPercent(o.confidence, 0)} confidence (target ${target}), against ${formatPercent(plan.now.confidence, 0)} now; expected loss ${points(o.expectedLoss)}.`;
  }
  const largest = Math.max(...plan.options.map((o) => o.tasks));
  const budget = plan.maxPilotCost === null ? "" : ` within your pilot budget of ${cost(plan.maxPilotCost)}`;
  if (choice.best === null) return `No pilot fits${budget === "" ? "" : budget.replace(" within", "")}; the model's call, ${label(plan.now.call)}, is right ${about} with ${formatPercent(plan.now.confidence, 0)} confidence (target ${target}).`;
  return `No pilot on up to ${largest} tasks${budget} reaches ${target} confidence ${about}: the most confident is ${plannedPilot(choice.best, label, cost)}, ${formatPercent(choice.best.confidence, 0)} against ${formatPercent(plan.now.confidence, 0)} now, expected loss ${points(choice.best.expectedLoss)}.`;
}

/** The planner's table: the call now, then every plan, with its confidence (± Monte Carlo SE), chance of the best design, expected loss and pilot cost. */
export function planRows(plan: PilotPlan, label: (design: string) => string, cost: (usd: number) => string = formatUsd): { columns: string[]; rows: string[][] } {
  const chosen = plan.choice.kind === "plan" ? plan.choice.option : null;
  const figures = (f: { confidence: number; confidenceSe: number; pBest: number; expectedLoss: number }) => [
    `${formatPercent(f.confidence, 1)} ± ${formatFixed(f.confidenceSe * 100, 1)}`,
    formatPercent(f.pBest, 1),
    points(f.expectedLoss).replace(" points", " pts"),
  ];
  return {
    columns: ["pilot", "tasks", "single agent too", "confidence", "best design", "expected loss", "pilot cost", ""],
    rows: [
      [`none (the call now: ${label(plan.now.call)})`, "0", "", ...figures(plan.now), cost(0), plan.choice.kind === "none-needed" ? "← enough" : ""],
      ...plan.options.map((o) => [pilotLabel(o.design, label), String(o.tasks), o.withSingle ? "yes" : "no", ...figures(o), cost(o.pilotCost), o === chosen ? "← cheapest to reach the target" : ""]),
    ],
  };
}

/**
 * How the figures were made, in a sentence (the criterion, the draws and the seed).
 *
 * @example planMethodText(plan) // "Confidence: the chance the call is right on whether a multi-agent design beats the single agent after the pilot, by simulating 2000 draws of the true rates from the model fused with your pilots (seed 2512; ± its Monte Carlo SE). Expected loss: the success given up against the best design."
 */
export function planMethodText(plan: Pick<PilotPlan, "criterion" | "draws" | "seed">): string {
  return `Confidence: the chance the call is right ${CRITERION_TEXT[plan.criterion]} after the pilot, by simulating ${plan.draws} draws of the true rates from the model fused with your pilots (seed ${plan.seed}; ± its Monte Carlo SE). Expected loss: the success given up against the best design.`;
}

/** One row per pilot size (0 = decide now) with each multi-agent design's confidence after piloting it (and every design's, EVERY_DESIGN): the planner chart's data. */
export type PlanChartRow = { tasks: number } & Record<string, number>;

/**
 * The planner chart's rows and series: confidence against pilot size for each candidate design, all
 * starting from the call's confidence now at 0 tasks.
 */
export function planChart(plan: PilotPlan, label: (design: string) => string): { rows: PlanChartRow[]; series: { key: string; label: string }[]; target: number } {
  const designs = [...new Set(plan.options.map((o) => o.design))];
  const sizes = [0, ...new Set(plan.options.map((o) => o.tasks).filter((k) => k > 0))].sort((a, b) => a - b);
  const rows = sizes.map((tasks): PlanChartRow => ({
    ...Object.fromEntries(designs.map((d) => [d, tasks === 0 ? plan.now.confidence : (plan.options.find((o) => o.design === d && o.tasks === tasks)?.confidence ?? Number.NaN)])),
    tasks,
  }));
  return { rows, series: designs.map((d) => ({ key: d, label: pilotLabel(d, label) })), target: plan.target };
}
