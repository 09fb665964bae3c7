import { z } from "zod";
import { enumCell } from "../data/cells";
import type { Dataset } from "../data/dataset";
import { formatPercent } from "../format/numbers";
import { PLAN_CRITERIA, type PilotPlan } from "../model/decide/plan";
import type { FittedModels } from "../model/predict/fitted-models";
import { pilotsSentence } from "../views/pilots-text";
import { planMethodText, planRows, planSentence } from "../views/plan-text";
import { scenarioPlan } from "../views/plan-view";
import { CliUsageError, OUTPUT_FLAGS, type FlagSpec } from "./flags";
import { predictFlags, PredictFlagsSchema, scenarioFromFlags } from "./predict-command";
import { formatTextTable } from "./text-table";

/** plan's flags: predict's scenario flags (the confidence target among them), then the criterion, --json and --help. */
export const planFlags: FlagSpec[] = [
  ...predictFlags.filter((f) => !OUTPUT_FLAGS.includes(f)),
  { name: "criterion", type: "string", value: PLAN_CRITERIA.join("|"), description: "what the call is judged by: single vs multi (default) or the best design" },
  ...OUTPUT_FLAGS,
];

export const PlanFlagsSchema = PredictFlagsSchema.extend({
  criterion: enumCell(PLAN_CRITERIA).default("single-vs-multi"),
});

const round = (x: number) => Math.round(x * 1e4) / 1e4;
const roundCost = (x: number) => Number(x.toPrecision(6));

/** The JSON plan --json prints. */
export function planJson(plan: PilotPlan, designs: readonly string[], costPerTask: readonly number[], dataVersion: string, sentence: string) {
  const figures = (f: PilotPlan["now"] | PilotPlan["options"][number]) => ({
    confidence: round(f.confidence),
    confidenceSe: round(f.confidenceSe),
    pBest: round(f.pBest),
    pSingleVsMulti: round(f.pSingleVsMulti),
    expectedLoss: round(f.expectedLoss),
    expectedLossSe: round(f.expectedLossSe),
  });
  const option = (o: PilotPlan["options"][number]) => ({ design: o.design, tasks: o.tasks, withSingle: o.withSingle, pilotCostUsd: roundCost(o.pilotCost), ...figures(o) });
  const c = plan.choice;
  return {
    fit: "architect",
    dataVersion,
    criterion: plan.criterion,
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
  const { designs, costPerTask, plan } = scenarioPlan(fitted, scenario, { criterion: flags.criterion });
  const labels = new Map(dataset.architectures.map((a) => [a.architecture, a.label]));
  const label = (d: string) => labels.get(d) ?? d;
  const sentence = planSentence(plan, label);
  if (flags.json) return JSON.stringify(planJson(plan, designs, costPerTask, fitted.dataVersion, sentence));
  const table = planRows(plan, label);
  const model = dataset.models.find((m) => m.model === scenario.model);
  const pilots = pilotsSentence(scenario.pilots, label);
  return [
    `Pilot plan (the architect's model; data ${fitted.dataVersion}), confidence target ${formatPercent(plan.target, 0)}`,
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
