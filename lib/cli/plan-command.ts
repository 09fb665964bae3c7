import type { z } from "zod";
import type { Dataset } from "../data/dataset";
import { formatPercent, formatUsd } from "../format/numbers";
import type { PilotPlan } from "../model/decide/plan";
import type { FittedModels } from "../model/choose/fitted-models";
import { pilotsSentence } from "../views/pilots-text";
import { planMethodText, planRows, planSentence } from "../views/plan-text";
import { scenarioPlan } from "../views/plan-view";
import { CliUsageError, type FlagSpec } from "./flags";
import { predictFlags, PredictFlagsSchema, scenarioFromFlags } from "./predict-command";
import { formatTextTable } from "./text-table";

/**
 * plan's flags: predict's, the scenario's rule among them (--value, --confidence): the planner judges a
 * call by the recommendation's own rule, so `plan` and `predict` answer the same question.
 */
export const planFlags: FlagSpec[] = predictFlags;

export const PlanFlagsSchema = PredictFlagsSchema;

const round = (x: number) => Math.round(x * 1e4) / 1e4;
const roundCost = (x: number) => Number(x.toPrecision(6));

/** The JSON plan --json prints. */
export function planJson(plan: PilotPlan, designs: readonly string[], costPerTask: readonly number[], dataVersion: string, sentence: string) {
  const figures = (f: PilotPlan["now"] | PilotPlan["options"][number]) => ({
    chance: round(f.chance),
    chanceSe: round(f.chanceSe),
    expectedLoss: round(f.expectedLoss),
    expectedLossSe: round(f.expectedLossSe),
  });
  const option = (o: PilotPlan["options"][number]) => ({ design: o.design, tasks: o.tasks, withSingle: o.withSingle, pilotCostUsd: roundCost(o.pilotCost), ...figures(o) });
  const c = plan.choice;
  return {
    fit: "architect",
    dataVersion,
    rule: plan.rule,
    valuePerSuccessUsd: plan.valuePerSuccess,
    lossUnit: plan.lossUnit,
    target: plan.target,
    draws: plan.draws,
    seed: plan.seed,
    designs: designs.map((d, i) => ({ design: d, costPerTaskUsd: roundCost(costPerTask[i] ?? Number.NaN) })),
    now: { call: plan.now.call, ...figures(plan.now) },
    options: plan.options.map(option),
    choice: c.kind === "plan" ? { kind: c.kind, option: option(c.option) } : c.kind === "none-affordable" ? { kind: c.kind, best: c.best === null ? null : option(c.best) } : { kind: c.kind },
    sentence,
  };
}

/** Runs plan. */
export function runPlan(flags: z.output<typeof PlanFlagsSchema>, dataset: Dataset, models: () => FittedModels): string | { stdout: string; stderr: string } {
  const warnings: string[] = [];
  const stdout = planOutput(flags, dataset, models, warnings);
  return warnings.length === 0 ? stdout : { stdout, stderr: `${warnings.join("\n")}\n` };
}

function planOutput(flags: z.output<typeof PlanFlagsSchema>, dataset: Dataset, models: () => FittedModels, warnings: string[]): string {
  const scenario = scenarioFromFlags(flags, dataset, "plan", warnings);
  if (scenario.fit !== "architect") throw new CliUsageError(`--fit: the planner fuses pilots with the architect's model only, got "${scenario.fit}"`, "plan");
  const fitted = models();
  const { designs, costPerTask, plan } = scenarioPlan(fitted, scenario);
  const labels = new Map(dataset.architectures.map((a) => [a.architecture, a.label]));
  const label = (d: string) => labels.get(d) ?? d;
  const sentence = planSentence(plan, label);
  if (flags.json) return JSON.stringify(planJson(plan, designs, costPerTask, fitted.dataVersion, sentence));
  const table = planRows(plan, label);
  const model = dataset.models.find((m) => m.model === scenario.model);
  const pilots = pilotsSentence(scenario.pilots, label);
  return [
    `Pilot plan (the architect's model; data ${fitted.dataVersion}), confidence target ${formatPercent(plan.target, 0)}, ${plan.valuePerSuccess === null ? "no value per solved task (the confidence rule)" : `a solved task worth ${formatUsd(plan.valuePerSuccess)} (the value rule)`}`,
    `  task: ${scenario.tools} tool${scenario.tools === 1 ? "" : "s"}, decomposability ${scenario.decomposability}; model ${model?.label ?? scenario.model}, capability ${scenario.capability}`,
    ...(pilots === null ? [] : [`  ${pilots}`]),
    "",
    formatTextTable(
      table.columns.map((header, i) => ({ header, align: i === 0 || i === 2 || i === table.columns.length - 1 ? ("left" as const) : ("right" as const) })),
      table.rows,
    )
      .split("\n")
      .map((line) => line.trimEnd())
      .join("\n"),
    "",
    sentence,
    planMethodText(plan),
  ].join("\n");
}
