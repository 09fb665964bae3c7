/*
 * The pilot planner's Web Worker: its preposterior simulation (thousands of simulated pilots) runs here,
 * off the page's main thread, so sliders and charts never wait for it. Created by use-plan.ts with
 * `new Worker(new URL("./plan.worker.ts", import.meta.url))`; it is sent the fitted models once, then
 * each scenario with an id, and answers with the id and the plan (or why planning failed).
 */
import type { FittedModels } from "@/lib/model/choose/fitted-models";
import type { Scenario } from "@/lib/scenario/scenario";
import { scenarioPlan, type ScenarioPlan } from "@/lib/views/plan-view";

export type PlanRequest = { type: "models"; models: FittedModels } | { type: "plan"; id: number; scenario: Scenario };
export type PlanResponse = { id: number; plan: ScenarioPlan } | { id: number; failed: string };

let models: FittedModels | null = null;

self.addEventListener("message", (event: MessageEvent<PlanRequest>) => {
  const request = event.data;
  if (request.type === "models") {
    models = request.models;
    return;
  }
  try {
    if (models === null) throw new Error("the planner has no models yet");
    const response: PlanResponse = { id: request.id, plan: scenarioPlan(models, request.scenario) };
    self.postMessage(response);
  } catch (error) {
    const response: PlanResponse = { id: request.id, failed: error instanceof Error ? error.message : String(error) };
    self.postMessage(response);
  }
});
