import type { PilotPlan } from "../model/decide/plan";
import type { DesignOdds } from "../model/decide/rule";
import { monthlyCostUsd } from "../model/cost/monthly";
import { usesListedPrices, type ModelPrice } from "../model/cost/prices";
import type { FittedModels } from "../model/choose/fitted-models";
import { designGrid, scenarioPredictions, type CostedPrediction } from "../scenario/predict-scenario";
import type { Scenario } from "../scenario/scenario";
import { scenarioQuery } from "../scenario/url";
import { costSuccessPoints, type CostPoint } from "./calculator-charts";
import type { CalculatorCatalog } from "./catalog";
import { reasonText } from "./extrapolation-text";
import { planSentence } from "./plan-text";
import { scenarioPlan } from "./plan-view";
import { recommend, type Recommendation } from "./recommendation";

/*
 * The one JSON answer for a scenario: `predict --json` and `plan --json` print it, /api/v1/predict and
 * /api/v1/plan serve it, the MCP tools return it and the calculator's "Scenario (JSON)" export saves it.
 * Every interface builds it here, from the same functions the page computes with, so the figures agree.
 * Browser-safe: the export runs it in the calculator.
 */

/** Rates, chances and other shares to 4 decimals. */
const round = (x: number) => Math.round(x * 1e4) / 1e4;
/** Dollars to 6 significant digits. */
const roundCost = (x: number) => Number(x.toPrecision(6));

/** What the answers need to know about the stored data: the names the calculator words designs with, the choices and the listed prices. */
export type AnswerCatalog = Pick<CalculatorCatalog, "architectures" | "evidenceBenchmarks" | "choices" | "models">;

/** The names the page words architectures and benchmarks with (the calculator's labels: the same sentences everywhere). */
export function answerLabels(catalog: Pick<CalculatorCatalog, "architectures" | "evidenceBenchmarks">): ReadonlyMap<string, string> {
  return new Map([
    ...catalog.architectures.map((a) => [a.architecture, a.label] as const),
    ...catalog.evidenceBenchmarks.map((b) => [b.benchmark, b.label] as const),
  ]);
}

/**
 * The price a scenario uses, with its date: the listed price's date when the scenario keeps the model's
 * listed prices (`listed`), null when any of them was entered by hand or none is listed.
 */
export function scenarioPrice(scenario: Pick<Scenario, "priceInput" | "priceOutput" | "priceCached">, listed: ModelPrice | null | undefined) {
  return {
    input: scenario.priceInput,
    output: scenario.priceOutput,
    cached: scenario.priceCached,
    date: listed !== null && listed !== undefined && usesListedPrices(scenario, listed) ? listed.date : null,
  };
}

/**
 * The Pareto frontier the page's cost chart draws, over every design (architecture and agent count):
 * the designs no cheaper one beats, through measured agent counts only unless the scenario's
 * `frontier` is "all". In order of cost.
 */
export function scenarioFrontier(models: FittedModels, scenario: Scenario, recommendation: Recommendation): CostPoint[] {
  const grid = designGrid(models, scenario);
  const requested = grid.find((d) => d.architecture === scenario.architecture && d.agents === scenario.agents) ?? null;
  return costSuccessPoints(grid, recommendation.design, requested, scenario.frontier === "all").frontier;
}

/** The recommendation as the answer gives it: the design, the rule and how sure, the rule's own call, constraints, the value bands, the settling pilot, break-even, why. */
function recommendationJson(r: Recommendation, plan: PilotPlan | null) {
  const design = (d: CostedPrediction) => ({ architecture: d.architecture, agents: d.agents });
  const pilot = plan === null ? null : plan.choice.kind === "plan" ? plan.choice.option : plan.choice.kind === "none-affordable" ? plan.choice.best : null;
  return {
    architecture: r.design.architecture,
    agents: r.design.agents,
    kind: r.kind,
    rule: r.rule,
    chance: round(r.chance),
    call: design(r.call),
    shownBetter: r.shownBetter,
    contender: design(r.contender),
    constraint: { active: r.constraint.active, met: r.constraint.met, overridesCall: r.call !== r.design, note: r.constraint.note },
    like: { benchmark: r.like.like, matched: r.like.matched, auto: r.like.auto },
    valueBands: r.valueBands.map((b) => ({ ...design(b.design), fromUsd: roundCost(b.fromUsd), toUsd: b.toUsd === null ? null : roundCost(b.toUsd) })),
    pilot:
      plan === null
        ? null
        : {
            needed: plan.choice.kind !== "none-needed",
            reachesTarget: plan.choice.kind === "plan",
            ...(pilot === null
              ? {}
              : { design: pilot.design, tasks: pilot.tasks, withSingle: pilot.withSingle, costUsd: roundCost(pilot.pilotCost), chance: round(pilot.chance) }),
          },
    breakEvenBaseline: r.breakEvenBaseline === null ? null : round(r.breakEvenBaseline),
    why: r.driver.sentence,
  };
}

/**
 * What the rule says of a design at its measured count (null elsewhere, and for the single agent's
 * verdict): its joint chance of beating the single agent and the verdict at the confidence target, its
 * expected net value and chance of the highest (with a value per solved task), and its break-even value.
 */
function designOddsJson(o: DesignOdds | null) {
  const r = (x: number | null) => (x === null ? null : round(x));
  return {
    chanceBeatsSingle: o === null ? null : r(o.chanceBeatsSingle),
    verdict: o === null ? null : o.verdict,
    expectedNetValueUsd: o === null || o.expectedNetValueUsd === null ? null : roundCost(o.expectedNetValueUsd),
    chanceHighestNetValue: o === null ? null : r(o.chanceHighestNetValue),
    breakEvenValueUsd: o === null || o.breakEvenValueUsd === null ? null : roundCost(o.breakEvenValueUsd),
  };
}

/**
 * The prediction answer (predict --json): the scenario, every design's figures, the recommendation, the
 * frontier, and `query`, the share link's query string that reopens the scenario on the page.
 */
export function predictJson(
  scenario: Scenario,
  predictions: readonly CostedPrediction[],
  dataVersion: string,
  price: ReturnType<typeof scenarioPrice>,
  recommendation: Recommendation,
  frontier: readonly CostPoint[],
  plan: PilotPlan | null,
  query: string,
) {
  const odds = (p: CostedPrediction) =>
    recommendation.assessed.find((a) => a.design.architecture === p.architecture && a.design.agents === p.agents)?.odds ?? null;
  return {
    fit: scenario.fit,
    dataVersion,
    scenario,
    predictions: predictions.map((p) => ({
      architecture: p.architecture,
      agents: p.agents,
      successRate: round(p.successRate),
      interval: [round(p.interval[0]), round(p.interval[1])],
      extrapolated: p.extrapolated,
      reasons: p.reasons.map(reasonText),
      turns: round(p.cost.turns),
      tokens: { input: Math.round(p.cost.tokens.input), output: Math.round(p.cost.tokens.output) },
      costUsd: roundCost(p.cost.costUsd),
      costPerSuccessUsd: p.cost.costPerSuccessUsd === null ? null : roundCost(p.cost.costPerSuccessUsd),
      ...(scenario.tasksPerDay === null ? {} : { monthlyCostUsd: round(monthlyCostUsd(p.cost.costUsd, scenario.tasksPerDay)) }),
      ...(scenario.maxCost === null ? {} : { overBudget: p.cost.costUsd > scenario.maxCost }),
      wallClockSeconds: round(p.cost.wallClockSeconds),
      price,
      ...designOddsJson(odds(p)),
    })),
    recommendation: recommendationJson(recommendation, plan),
    frontier: {
      through: scenario.frontier,
      designs: frontier.map((p) => ({
        architecture: p.architecture,
        agents: p.agents,
        successRate: round(p.successRate),
        costUsd: roundCost(p.costUsd),
        measuredAgents: p.measured,
      })),
    },
    query,
  };
}

export type PredictAnswer = ReturnType<typeof predictJson>;

/**
 * The pilot plan that goes with a scenario's answer: the planner's (the architect's model only), so
 * null under the paper's fits. `plan` is one already computed for this scenario (the page's worker).
 */
export function answerPlan(models: FittedModels, scenario: Scenario, plan?: PilotPlan | null): PilotPlan | null {
  if (scenario.fit !== "architect") return null;
  return plan ?? scenarioPlan(models, scenario).plan;
}

/**
 * A scenario's prediction answer, computed from the fitted models: what every interface serves.
 * `plan` may pass the scenario's plan when the caller has it (the page's planner), else it is computed.
 */
export function predictAnswer(models: FittedModels, catalog: AnswerCatalog, scenario: Scenario, plan?: PilotPlan | null): PredictAnswer {
  const predictions = scenarioPredictions(models, scenario);
  const recommendation = recommend(models, scenario, answerLabels(catalog));
  const frontier = scenarioFrontier(models, scenario, recommendation);
  const listed = catalog.models.find((m) => m.model === scenario.model)?.price ?? null;
  return predictJson(
    scenario,
    predictions,
    models.dataVersion,
    scenarioPrice(scenario, listed),
    recommendation,
    frontier,
    answerPlan(models, scenario, plan),
    scenarioQuery(scenario, catalog.choices, models.versionKey),
  );
}

/** The plan answer (plan --json): the rule, the target, every option's chance and loss, the choice and its sentence, and the share link's query. */
export function planJson(plan: PilotPlan, designs: readonly string[], costPerTask: readonly number[], dataVersion: string, sentence: string, query: string) {
  const figures = (f: PilotPlan["now"] | PilotPlan["options"][number]) => ({
    chance: round(f.chance),
    chanceSe: round(f.chanceSe),
    expectedLoss: round(f.expectedLoss),
    expectedLossSe: round(f.expectedLossSe),
  });
  const option = (o: PilotPlan["options"][number]) => ({
    design: o.design,
    tasks: o.tasks,
    withSingle: o.withSingle,
    pilotCostUsd: roundCost(o.pilotCost),
    ...figures(o),
  });
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
    choice:
      c.kind === "plan"
        ? { kind: c.kind, option: option(c.option) }
        : c.kind === "none-affordable"
          ? { kind: c.kind, best: c.best === null ? null : option(c.best) }
          : { kind: c.kind },
    sentence,
    query,
  };
}

export type PlanAnswer = ReturnType<typeof planJson>;

/**
 * A scenario's plan answer: the planner on the architect's model (whatever the scenario's fit), its
 * sentence worded with the calculator's labels. `computed` is the scenario's plan when the caller has it.
 */
export function planAnswer(
  models: FittedModels,
  catalog: Pick<CalculatorCatalog, "architectures" | "choices">,
  scenario: Scenario,
  computed?: ReturnType<typeof scenarioPlan>,
): PlanAnswer {
  const { designs, costPerTask, plan } = computed ?? scenarioPlan(models, scenario);
  const labels = new Map(catalog.architectures.map((a) => [a.architecture, a.label]));
  return planJson(
    plan,
    designs,
    costPerTask,
    models.dataVersion,
    planSentence(plan, (d) => labels.get(d) ?? d),
    scenarioQuery(scenario, catalog.choices, models.versionKey),
  );
}
