import { planPilots, type PilotPlan } from "../model/decide/plan";
import { measuredCostedDesigns, scenarioJoint } from "../scenario/predict-scenario";
import type { Scenario } from "../scenario/scenario";
import type { FittedModels } from "../model/choose/fitted-models";

/** A scenario's pilot plan: the designs, each design's cost per task (USD) and the plan. */
export type ScenarioPlan = { designs: string[]; costPerTask: number[]; plan: PilotPlan };

/**
 * Plans a pilot for a scenario (docs/model.md, "Pilots fused with the model"): the joint the
 * recommendation reads (scenarioJoint under the architect's model of the scenario's evidence and
 * benchmark, fused with its pilots; the single agent first, then the other architectures in data order,
 * as the recommendation orders them, so that the call now and its chance are the card's), each design's
 * cost per task at its measured count, and planPilots with the scenario's rule (its value per solved
 * task, or none), confidence target and pilot budget, and the planner's fixed seed.
 * The planner fuses pilots with the architect's model only; the scenario's fit is not consulted.
 * Browser-safe: the calculator can call it on every change.
 */
export function scenarioPlan(models: FittedModels, scenario: Scenario): ScenarioPlan {
  const architect = { ...scenario, fit: "architect" as const };
  const costed = measuredCostedDesigns(models, architect);
  const ordered = [...costed.filter((d) => d.architecture === "single"), ...costed.filter((d) => d.architecture !== "single")];
  const designs = ordered.map((d) => d.architecture);
  const costPerTask = ordered.map((d) => d.cost.costUsd);
  const posterior = scenarioJoint(models, architect, designs);
  return {
    designs,
    costPerTask,
    plan: planPilots({
      designs,
      posterior,
      costPerTask,
      taskCorrelation: models.taskCorrelation,
      maxPilotCost: scenario.pilotBudget,
      confidence: scenario.planConfidence,
      valuePerSuccess: scenario.valuePerSuccess,
    }),
  };
}
