import { architectPosterior } from "../model/decide/plan-posterior";
import { planPilots, type PilotPlan, type PlanCriterion } from "../model/decide/plan";
import { architectFor, type FittedModels } from "../model/predict/fitted-models";
import { measuredCostedDesigns } from "../scenario/predict-scenario";
import type { Scenario } from "../scenario/scenario";

/** A scenario's pilot plan: the designs, the posterior they start from, each design's cost per task (USD) and the plan. */
export type ScenarioPlan = { designs: string[]; costPerTask: number[]; plan: PilotPlan };

/**
 * Plans a pilot for a scenario (docs/model.md, "Pilots fused with the model"): the architect's model of the
 * scenario's evidence (and `like` benchmark) fused with its pilots (architectPosterior), each design's cost
 * per task at its measured count from the scenario's cost inputs, and planPilots with its fixed seed, the
 * scenario's pilot budget and confidence target.
 * The planner fuses pilots with the architect's model only; the scenario's fit is not consulted.
 * Browser-safe: the calculator can call it on every change.
 */
export function scenarioPlan(models: FittedModels, scenario: Scenario, options: { criterion?: PlanCriterion } = {}): ScenarioPlan {
  const model = architectFor(models, scenario.evidence);
  const task = { tools: scenario.tools, decomposability: scenario.decomposability, capability: scenario.capability, baseline: scenario.baseline };
  const { designs, posterior } = architectPosterior(model, task, scenario.pilots, models.taskCorrelation, scenario.like ?? undefined);
  const costs = new Map(measuredCostedDesigns(models, scenario).map((p) => [p.architecture, p.cost.costUsd]));
  const costPerTask = designs.map((d) => {
    const cost = costs.get(d);
    if (cost === undefined) throw new RangeError(`no cost for "${d}"`);
    return cost;
  });
  return { designs, costPerTask, plan: planPilots({ designs, posterior, costPerTask, taskCorrelation: models.taskCorrelation, maxPilotCost: scenario.pilotBudget, confidence: scenario.planConfidence, ...options }) };
}
