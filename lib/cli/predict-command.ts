import { z } from "zod";
import type { Dataset } from "../data/dataset";
import { formatDuration, formatPercent, formatUsd } from "../format/numbers";
import { PILOT_TASKS } from "../model/predict/prediction";
import { modelPrices } from "../model/cost/prices";
import { parameter, PARAMETERS, type Parameter } from "../scenario/parameters";
import { encodePilots, pilotsFromCli } from "../scenario/pilots";
import { pilotsWithRunLogs, RUN_LOG_FLAGS, runLogFlagFields } from "./run-logs";
import { scenarioPredictions, type CostedPrediction } from "../scenario/predict-scenario";
import type { CostPoint } from "../views/calculator-charts";
import { answerPlan, predictAnswer, scenarioFrontier, scenarioPrice } from "../views/exports-json";
import { calculatorCatalog } from "../views/catalog";
import { parseScenario, type Scenario, type ScenarioStrings } from "../scenario/scenario";
import { pilotChoices, scenarioChoices } from "../scenario/choices";
import { recommend, type Recommendation } from "../views/recommendation";
import { decisionText, whyText } from "../views/recommendation-text";
import type { PilotPlan } from "../model/decide/plan";
import { CliUsageError, OUTPUT_FLAGS, outputFlagFields, type FlagSpec } from "./flags";
import { formatTextTable } from "./text-table";
import type { FittedModels } from "../model/choose/fitted-models";
import { reasonText } from "../views/extrapolation-text";
import { pilotsSentence } from "../views/pilots-text";
import { monthlyCostUsd } from "../model/cost/monthly";
import { formatMonthlyUsd, monthlySentence } from "../views/monthly-cost";
import { counted } from "../format/words";

function valueHint(p: Parameter): string {
  if (p.kind === "number") return `${p.min}-${p.max}`;
  if (p.kind === "pilots") return "ARCH[:AGENTS]:SOLVED/TASKS";
  if (p.choices !== null) return p.choices.join("|");
  return p.key === "model" ? "<model id>" : p.key === "like" ? "<benchmark id>" : "<architecture id>";
}

/** predict's flags: one per scenario parameter (from the parameters table), then --json and --help. */
export const predictFlags: FlagSpec[] = [
  ...PARAMETERS.map((p) => ({
    name: p.flag,
    type: "string" as const,
    value: valueHint(p),
    description: p.description,
    ...(p.kind === "pilots" ? { repeatable: true } : {}),
  })),
  { name: "paired", type: "boolean", description: "the pilots ran on the same tasks (their outcomes correlate, so their gap is measured more sharply)" },
  ...RUN_LOG_FLAGS,
  ...OUTPUT_FLAGS,
];

export const PredictFlagsSchema = z.object({
  ...Object.fromEntries(PARAMETERS.map((p) => [p.flag, p.kind === "pilots" ? z.array(z.string()).optional() : z.string().optional()])),
  paired: z.boolean().default(false),
  ...runLogFlagFields,
  ...outputFlagFields,
});

/** Parses predict's flags (which `plan` shares) into a scenario; any bad value is a usage error of `command` naming its flag and range. */
export function scenarioFromFlags(
  flags: Record<string, string | boolean | string[] | undefined>,
  dataset: Dataset,
  command = "predict",
  warnings: string[] = [],
): Scenario {
  const strings: ScenarioStrings = {};
  const choices = scenarioChoices(dataset);
  for (const p of PARAMETERS) {
    const value = flags[p.flag];
    if (typeof value === "string") strings[p.key] = value;
  }
  const pilotValues = flags[parameter("pilots").flag];
  if (Array.isArray(pilotValues)) {
    const read = pilotsFromCli(pilotValues, flags.paired === true, pilotChoices(choices));
    if (!read.ok) throw new CliUsageError(`--${parameter("pilots").flag}: ${read.message}`, command);
    strings.pilots = encodePilots(read.pilots) ?? undefined;
  } else if (flags.paired === true) throw new CliUsageError("--paired: needs two or more --pilot values", command);
  strings.pilots = pilotsWithRunLogs(flags, strings, choices, command, warnings);
  const { scenario, issues } = parseScenario(strings, choices);
  const first = issues[0];
  if (first !== undefined) {
    const flag = PARAMETERS.find((p) => p.key === first.key)?.flag ?? first.key;
    throw new CliUsageError(`--${flag}: ${first.message}`, command);
  }
  return scenario;
}

const usd = formatUsd;
const duration = formatDuration;

/** The names predict words architectures and benchmarks with. */
function predictLabels(dataset: Dataset): ReadonlyMap<string, string> {
  return new Map([
    ...dataset.architectures.map((a) => [a.architecture, a.label] as const),
    ...dataset.benchmarkCatalog.map((b) => [b.benchmark, b.label] as const),
  ]);
}

/** predict's readable table: every design with its interval, change against the single agent and cost, then the recommendation and the frontier. */
export function predictText(
  scenario: Scenario,
  predictions: CostedPrediction[],
  dataset: Dataset,
  dataVersion: string,
  recommendation: Recommendation,
  frontier: readonly CostPoint[],
  plan: PilotPlan | null = null,
): string {
  const single = predictions.find((p) => p.architecture === "single");
  const labels = predictLabels(dataset);
  const oddsOf = (p: CostedPrediction) =>
    recommendation.assessed.find((a) => a.design.architecture === p.architecture && a.design.agents === p.agents)?.odds ?? null;
  const chanceCell = (p: CostedPrediction) => {
    const o = oddsOf(p);
    return o === null || o.chanceBeatsSingle === null ? "" : `${formatPercent(o.chanceBeatsSingle, 0)} ${o.verdict}`;
  };
  const words = decisionText(
    recommendation,
    (a) => labels.get(a) ?? a,
    { valuePerSuccess: scenario.valuePerSuccess, confidence: scenario.planConfidence },
    plan,
  );
  const rows = predictions.map((p) => [
    labels.get(p.architecture) ?? p.architecture,
    String(p.agents),
    formatPercent(p.successRate, 1),
    `${formatPercent(p.interval[0], 1)} - ${formatPercent(p.interval[1], 1)}`,
    single === undefined || p.architecture === "single"
      ? ""
      : `${p.successRate >= single.successRate ? "+" : "−"}${formatPercent(Math.abs(p.successRate - single.successRate), 1).replace("%", " pts")}`,
    chanceCell(p),
    `${usd(p.cost.costUsd)}${scenario.maxCost !== null && p.cost.costUsd > scenario.maxCost ? " over" : ""}`,
    ...(scenario.tasksPerDay === null ? [] : [formatMonthlyUsd(monthlyCostUsd(p.cost.costUsd, scenario.tasksPerDay))]),
    usd(p.cost.costPerSuccessUsd),
    duration(p.cost.wallClockSeconds),
    p.extrapolated ? "yes *" : "",
  ]);
  const price = scenarioPrice(scenario, modelPrices(dataset)[scenario.model]);
  const baseline = predictions[0]?.baseline;
  const model = dataset.models.find((m) => m.model === scenario.model);
  const notes = [...new Set(predictions.flatMap((p) => p.reasons.map(reasonText)))];
  return [
    `Prediction (${scenario.fit}; data ${dataVersion})`,
    `  task: ${counted(scenario.tools, "tool")}, decomposability ${scenario.decomposability}; model ${model?.label ?? scenario.model}, capability ${scenario.capability} (v2/v3 scale)`,
    ...(scenario.pilots.length === 0 ? [] : [`  ${pilotsSentence(scenario.pilots, (a) => labels.get(a) ?? a, scenario.fit === "architect")}`]),
    baseline === undefined
      ? ""
      : scenario.pilots.some((p) => p.architecture === "single")
        ? `  single-agent success: ${formatPercent(baseline.value, 1)} (SD ${formatPercent(baseline.sd, 1)}), the pilot fused with the model's estimate`
        : baseline.estimated
          ? `  single-agent baseline: not measured; estimated ${formatPercent(baseline.value, 1)} (SD ${formatPercent(baseline.sd, 1)}), carried into every interval`
          : `  single-agent baseline: measured ${formatPercent(baseline.value, 1)} (a pilot, assumed ${PILOT_TASKS} tasks)`,
    `  cost: ${scenario.sasTurns} single-agent turns, ${scenario.inputTokensPerTurn} input + ${scenario.outputTokensPerTurn} output tokens per turn, cache hit rate ${scenario.cacheHitRate}, ${scenario.secondsPerTurn} s per turn`,
    `  prices (USD per 1M tokens): input ${price.input}, output ${price.output}, cached ${price.cached === null ? "none listed (cached input billed at the input price)" : price.cached}; ${price.date === null ? "entered by hand" : `listed ${price.date}`}`,
    "",
    formatTextTable(
      [
        { header: "architecture", align: "left" },
        { header: "agents", align: "right" },
        { header: "success", align: "right" },
        { header: "90% interval", align: "right" },
        { header: "vs single", align: "right" },
        { header: "beats single", align: "left" },
        { header: "cost/task", align: "right" },
        ...(scenario.tasksPerDay === null ? [] : [{ header: "cost/month", align: "right" as const }]),
        { header: "cost/success", align: "right" },
        { header: "wall clock", align: "right" },
        { header: "extrapolated", align: "left" },
      ],
      rows,
    ),
    ...(notes.length > 0 ? ["", "* extrapolation:", ...notes.map((n) => `  - ${n}`)] : []),
    "",
    `Pareto frontier (${scenario.frontier === "all" ? "extrapolated agent counts included" : "measured agent counts only; --frontier all lets it pass through extrapolated ones"}): no cheaper design succeeds more.`,
    formatTextTable(
      [
        { header: "architecture", align: "left" },
        { header: "agents", align: "right" },
        { header: "success", align: "right" },
        { header: "cost/task", align: "right" },
        { header: "agent count", align: "left" },
      ],
      frontier.map((p) => [
        labels.get(p.architecture) ?? p.architecture,
        String(p.agents),
        formatPercent(p.successRate, 1),
        usd(p.costUsd),
        p.measured ? "measured" : "extrapolated",
      ]),
    ),
    "",
    `${words.headline.startsWith("Build:") ? `Recommended: ${words.headline.replace("Build: ", "")}` : words.headline} (${formatPercent(recommendation.design.successRate, 1)}, ${usd(recommendation.design.cost.costUsd)} per task).`,
    words.sure,
    ...(words.settle === null ? [] : [words.settle]),
    ...(words.value === null ? [] : [words.value]),
    words.versusSingle,
    words.bands,
    ...(recommendation.like.matched.length === 0
      ? []
      : [
          recommendation.like.like !== null && recommendation.like.auto
            ? `Matches ${labels.get(recommendation.like.like) ?? recommendation.like.like} on every input the calculator reads: its measured effects apply (--like none sets them aside).`
            : `Matches ${recommendation.like.matched.map((b) => labels.get(b) ?? b).join(", ")} on every input the calculator reads${recommendation.like.auto ? " (several: --like names one to apply its effects)" : ", treated as a new task"}.`,
        ]),
    ...(scenario.tasksPerDay === null
      ? []
      : [monthlySentence(recommendation.design.cost.costUsd, recommendation.single.cost.costUsd, scenario.tasksPerDay) ?? ""]),
    ...(scenario.maxCost === null ? [] : [`"over": over your ${usd(scenario.maxCost)} budget per task.`]),
    ...(recommendation.constraint.note === null ? [] : [recommendation.constraint.note]),
    (() => {
      const w = whyText(recommendation, (a) => labels.get(a) ?? a, scenario.planConfidence);
      return `${w.whyLead} ${w.why}`;
    })(),
    '"beats single": the chance each design beats the single agent (the model\'s joint prediction), and the verdict at the confidence target: better, worse or unsure.',
  ].join("\n");
}

/** Runs predict: the text table, or with --json the one answer every interface gives (lib/views/exports-json.ts). */
export function runPredict(
  flags: z.output<typeof PredictFlagsSchema>,
  dataset: Dataset,
  models: () => FittedModels,
): string | { stdout: string; stderr: string } {
  const warnings: string[] = [];
  const scenario = scenarioFromFlags(flags, dataset, "predict", warnings);
  const fitted = models();
  const stdout = flags.json ? JSON.stringify(predictAnswer(fitted, calculatorCatalog(dataset), scenario)) : predictReport(fitted, scenario, dataset);
  return warnings.length === 0 ? stdout : { stdout, stderr: `${warnings.join("\n")}\n` };
}

/** predict's readable report of a scenario. */
function predictReport(fitted: FittedModels, scenario: Scenario, dataset: Dataset): string {
  const predictions = scenarioPredictions(fitted, scenario);
  const recommendation = recommend(fitted, scenario, predictLabels(dataset));
  const frontier = scenarioFrontier(fitted, scenario, recommendation);
  // The pilot that would settle the call, as the page's planner gives it (the architect's model only).
  const plan = answerPlan(fitted, scenario);
  return predictText(scenario, predictions, dataset, fitted.dataVersion, recommendation, frontier, plan);
}
