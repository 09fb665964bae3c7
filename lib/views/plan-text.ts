import { formatFixed, formatPercent, formatUsd } from "../format/numbers";
import { EVERY_DESIGN, type PilotPlan, type PlanOption } from "../model/decide/plan";
import type { DecisionRule } from "../model/decide/rule";

/**
 * The pilot planner's words (docs/model.md, "Pilots fused with the model"): lib/model/decide/plan.ts
 * decides by keys and numbers; the CLI and the calculator show these sentences and rows.
 */

/** What makes a call right, by rule: the criterion of "how sure" (lib/model/decide/rule.ts). */
export const RULE_RIGHT_TEXT: Record<DecisionRule, string> = {
  confidence: "a multi-agent call is right when that design beats the single agent, a single-agent call when no multi-agent design beats it",
  value: "a call is right when it has the highest net value (value of a solved task × success − cost)",
};

/**
 * An expected loss in the plan's unit: success points given up, or net value given up per task.
 *
 * @example lossText({ lossUnit: "share" }, 0.04) // "4.0 points of success"
 */
export function lossText(plan: Pick<PilotPlan, "lossUnit">, loss: number): string {
  return plan.lossUnit === "share" ? `${formatFixed(loss * 100, 1)} points of success` : `${formatUsd(loss)} of net value per task`;
}

/** A plan's design in a sentence ("every multi-agent design" for EVERY_DESIGN) and in a table or legend. */
const pilotName = (design: string, label: (design: string) => string) => (design === EVERY_DESIGN ? "every multi-agent design" : label(design));
const pilotLabel = (design: string, label: (design: string) => string) => (design === EVERY_DESIGN ? "Every multi-agent design" : label(design));
const plannedPilot = (o: PlanOption, label: (design: string) => string, cost: (usd: number) => string) =>
  `${pilotName(o.design, label)} on ${o.tasks} tasks${o.withSingle ? ", with the single agent on the same tasks" : ""} (${cost(o.pilotCost)})`;

/**
 * The planner's recommendation in a sentence: no pilot needed, the cheapest pilot reaching the target,
 * or none up to the largest size (then the surest one). "How sure" is the card's figure.
 *
 * @example planSentence(plan, (d) => d) // "Pilot hybrid on 30 tasks, with the single agent on the same tasks ($2.71): then the call is right with 91% chance (target 90%), against 34% now; it is then expected to give up 4.0 points of success against the best design."
 */
export function planSentence(plan: PilotPlan, label: (design: string) => string, cost: (usd: number) => string = formatUsd): string {
  const target = formatPercent(plan.target, 0);
  const choice = plan.choice;
  const now = formatPercent(plan.now.chance, 0);
  if (choice.kind === "none-needed") {
    return `No pilot needed: the call, ${label(plan.now.call)}, is right with ${now} chance (target ${target}); it is expected to give up ${lossText(plan, plan.now.expectedLoss)} against the best design.`;
  }
  if (choice.kind === "plan") {
    const o = choice.option;
    return `Pilot ${plannedPilot(o, label, cost)}${plan.maxPilotCost === null ? "" : `, within your pilot budget of ${cost(plan.maxPilotCost)}`}: then the call is right with ${formatPercent(o.chance, 0)} chance (target ${target}), against ${now} now; it is then expected to give up ${lossText(plan, o.expectedLoss)} against the best design.`;
  }
  const largest = Math.max(...plan.options.map((o) => o.tasks));
  const budget = plan.maxPilotCost === null ? "" : ` within your pilot budget of ${cost(plan.maxPilotCost)}`;
  if (choice.best === null)
    return `No pilot fits${budget === "" ? "" : budget.replace(" within", "")}; the call, ${label(plan.now.call)}, is right with ${now} chance (target ${target}).`;
  return `No pilot on up to ${largest} tasks${budget} makes the call sure enough (target ${target}): the surest is ${plannedPilot(choice.best, label, cost)}, right with ${formatPercent(choice.best.chance, 0)} chance against ${now} now; it would give up ${lossText(plan, choice.best.expectedLoss)} against the best design.`;
}

/**
 * The pilot that would settle the call, in a clause for the recommendation card: the plan reaching the
 * target, or the surest one; null when none is needed or none fits the budget.
 *
 * @example settlingPilot(plan, (d) => d) // "hybrid on 30 tasks, with the single agent on the same tasks ($2.71)"
 */
export function settlingPilot(plan: PilotPlan, label: (design: string) => string, cost: (usd: number) => string = formatUsd): string | null {
  const c = plan.choice;
  const option = c.kind === "plan" ? c.option : c.kind === "none-affordable" ? c.best : null;
  return option === null ? null : plannedPilot(option, label, cost);
}

/** The planner's table: the call now, then every plan, with its chance of a right call (± Monte Carlo SE), expected loss and pilot cost. */
export function planRows(
  plan: PilotPlan,
  label: (design: string) => string,
  cost: (usd: number) => string = formatUsd,
): { columns: string[]; rows: string[][] } {
  const chosen = plan.choice.kind === "plan" ? plan.choice.option : null;
  const loss = (x: number) => (plan.lossUnit === "share" ? `${formatFixed(x * 100, 1)} pts` : formatUsd(x));
  const figures = (f: { chance: number; chanceSe: number; expectedLoss: number }) => [
    `${formatPercent(f.chance, 1)}${f.chanceSe > 0 ? ` ± ${formatFixed(f.chanceSe * 100, 1)}` : ""}`,
    loss(f.expectedLoss),
  ];
  return {
    columns: [
      "pilot",
      "tasks",
      "single agent too",
      "chance the call is right",
      plan.lossUnit === "share" ? "expected loss (success)" : "expected loss (net value per task)",
      "pilot cost",
      "",
    ],
    rows: [
      [`none (the call now: ${label(plan.now.call)})`, "0", "", ...figures(plan.now), cost(0), plan.choice.kind === "none-needed" ? "← enough" : ""],
      ...plan.options.map((o) => [
        pilotLabel(o.design, label),
        String(o.tasks),
        o.withSingle ? "yes" : "no",
        ...figures(o),
        cost(o.pilotCost),
        o === chosen ? "← cheapest to reach the target" : "",
      ]),
    ],
  };
}

/**
 * How the figures were made, in a sentence (the rule's criterion, the draws and the seed).
 *
 * @example planMethodText(plan) // "How sure: the chance the call is right (a multi-agent call is right when that design beats the single agent, a single-agent call when no multi-agent design beats it); now, exactly as the recommendation gives it; after a pilot, by simulating 2000 draws of the true rates from the model combined with your pilots (seed 2512; ± its Monte Carlo SE). Expected loss: what the call gives up against the best design."
 */
export function planMethodText(plan: Pick<PilotPlan, "rule" | "draws" | "seed">): string {
  return `How sure: the chance the call is right (${RULE_RIGHT_TEXT[plan.rule]}); now, exactly as the recommendation gives it; after a pilot, by simulating ${plan.draws} draws of the true rates from the model combined with your pilots (seed ${plan.seed}; ± its Monte Carlo SE). Expected loss: what the call gives up against the best design.`;
}

/** One row per pilot size (0 = decide now) with the chance the call is right after piloting each multi-agent design (and every design, EVERY_DESIGN): the planner chart's data. */
export type PlanChartRow = { tasks: number } & Record<string, number>;

/**
 * The planner chart's rows and series: the chance the call is right against pilot size for each
 * candidate design, all starting from the call's chance now at 0 tasks.
 */
export function planChart(
  plan: PilotPlan,
  label: (design: string) => string,
): { rows: PlanChartRow[]; series: { key: string; label: string }[]; target: number } {
  const designs = [...new Set(plan.options.map((o) => o.design))];
  const sizes = [0, ...new Set(plan.options.map((o) => o.tasks).filter((k) => k > 0))].sort((a, b) => a - b);
  const rows = sizes.map((tasks): PlanChartRow => ({
    ...Object.fromEntries(
      designs.map((d) => [d, tasks === 0 ? plan.now.chance : (plan.options.find((o) => o.design === d && o.tasks === tasks)?.chance ?? Number.NaN)]),
    ),
    tasks,
  }));
  return { rows, series: designs.map((d) => ({ key: d, label: pilotLabel(d, label) })), target: plan.target };
}
