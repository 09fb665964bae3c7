import type { z } from "zod";
import type { Dataset } from "../data/dataset";
import { formatPercent, formatUsd } from "../format/numbers";
import { calculatorCatalog } from "../views/catalog";
import { planAnswer } from "../views/exports-json";
import type { FittedModels } from "../model/choose/fitted-models";
import { pilotsSentence } from "../views/pilots-text";
import { planMethodText, planRows, planSentence } from "../views/plan-text";
import { scenarioPlan } from "../views/plan-view";
import { CliUsageError, type FlagSpec } from "./flags";
import { predictFlags, PredictFlagsSchema, scenarioFromFlags } from "./predict-command";
import { formatTextTable } from "./text-table";
import { counted } from "../format/words";

/**
 * plan's flags: predict's, the scenario's rule among them (--value, --confidence): the planner judges a
 * call by the recommendation's own rule, so `plan` and `predict` answer the same question.
 */
export const planFlags: FlagSpec[] = predictFlags;

export const PlanFlagsSchema = PredictFlagsSchema;

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
  const planned = scenarioPlan(fitted, scenario);
  if (flags.json) return JSON.stringify(planAnswer(fitted, calculatorCatalog(dataset), scenario, planned));
  const { plan } = planned;
  const labels = new Map(dataset.architectures.map((a) => [a.architecture, a.label]));
  const label = (d: string) => labels.get(d) ?? d;
  const sentence = planSentence(plan, label);
  const table = planRows(plan, label);
  const model = dataset.models.find((m) => m.model === scenario.model);
  const pilots = pilotsSentence(scenario.pilots, label);
  return [
    `Pilot plan (the architect's model; data ${fitted.dataVersion}), confidence target ${formatPercent(plan.target, 0)}, ${plan.valuePerSuccess === null ? "no value per solved task (the confidence rule)" : `a solved task worth ${formatUsd(plan.valuePerSuccess)} (the value rule)`}`,
    `  task: ${counted(scenario.tools, "tool")}, decomposability ${scenario.decomposability}; model ${model?.label ?? scenario.model}, capability ${scenario.capability}`,
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
