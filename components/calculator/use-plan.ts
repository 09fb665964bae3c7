"use client";

import { startTransition, useEffect, useRef, useState } from "react";
import type { FittedModels } from "@/lib/model/choose/fitted-models";
import type { Scenario } from "@/lib/scenario/scenario";
import type { ScenarioPlan } from "@/lib/views/plan-view";
import type { PlanRequest, PlanResponse } from "./plan.worker";

/** How long a scenario must stay unchanged before it is planned (the simulation then takes tens of milliseconds in the worker). */
export const PLAN_SETTLE_MS = 150;

/** The planner's state: the plan of the latest scenario asked, whether a newer one is being planned, or why it failed. */
export type PlanState = { plan: ScenarioPlan | null; pending: boolean; failed: string | null };

/**
 * Plans a pilot for each scenario in a Web Worker (plan.worker.ts): the page shows the last plan while
 * the next is computed, and a plan that arrives for an older scenario is dropped. Only the architect's
 * model is planned for; other fits get no plan.
 */
export function usePlan(models: FittedModels, scenario: Scenario): PlanState {
  const worker = useRef<Worker | null>(null);
  const latest = useRef<{ id: number; scenario: Scenario | null }>({ id: 0, scenario: null });
  const [answer, setAnswer] = useState<{ plan: ScenarioPlan | null; failed: string | null; scenario: Scenario | null }>({
    plan: null,
    failed: null,
    scenario: null,
  });

  useEffect(() => {
    const planner = new Worker(new URL("./plan.worker.ts", import.meta.url));
    worker.current = planner;
    planner.onmessage = (event: MessageEvent<PlanResponse>) => {
      const response = event.data;
      if (response.id !== latest.current.id) return;
      const asked = latest.current.scenario;
      // A transition: the plan's re-render yields to a keypress or a slider's next step (as a plain update it
      // rendered the card and planner in one blocking task wherever the answer landed).
      startTransition(() =>
        setAnswer("plan" in response ? { plan: response.plan, failed: null, scenario: asked } : { plan: null, failed: response.failed, scenario: asked }),
      );
    };
    const init: PlanRequest = { type: "models", models };
    planner.postMessage(init);
    return () => {
      planner.terminate();
      worker.current = null;
    };
  }, [models]);

  useEffect(() => {
    if (scenario.fit !== "architect") return;
    latest.current = { id: latest.current.id + 1, scenario };
    const request: PlanRequest = { type: "plan", id: latest.current.id, scenario };
    // A slider being dragged asks for a plan per step: only the scenario that stays PLAN_SETTLE_MS is planned.
    const timer = setTimeout(() => worker.current?.postMessage(request), PLAN_SETTLE_MS);
    return () => clearTimeout(timer);
  }, [scenario, models]);

  return { plan: answer.plan, failed: answer.failed, pending: answer.scenario !== scenario };
}
