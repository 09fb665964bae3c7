import { loadDataset } from "../lib/data/load";
import { paperFitRuns } from "../lib/data/row-sets";
import { architectExamples } from "../lib/model/architect/architect-examples";
import { taskDomain } from "../lib/model/predict/extrapolation";
import { fitModels } from "../lib/model/serving/fit-models";
import { parseScenario } from "../lib/scenario/scenario";
import { scenarioChoices } from "../lib/scenario/choices";
import { calculatorCatalog } from "../lib/views/catalog";
import type { PilotPlan } from "../lib/model/decide/plan";
import * as z from "zod";

/**
 * The names an @example may use beyond its own file's exports and lib/'s exported functions: the stored
 * data and what is cheaply built from it, each computed once and only when an example names it.
 */
const once = <T>(make: () => T): (() => T) => {
  let value: { v: T } | undefined;
  return () => (value ??= { v: make() }).v;
};

const dataset = once(() => loadDataset());
const choices = once(() => scenarioChoices(dataset()));

export const EXAMPLE_FIXTURES: Record<string, () => unknown> = {
  /** The stored data (data/). */
  dataset,
  /** Every model the app serves, fitted to the stored data (a few seconds, once). */
  models: once(() => fitModels(dataset())),
  /** The paper's v2 and v3 fits' runs. */
  v2Runs: once(() => paperFitRuns(dataset().runs, "v2")),
  v3Runs: once(() => paperFitRuns(dataset().runs, "v3")),
  /** The architectures, in data order. */
  architectures: once(() => dataset().architectures.map((a) => a.architecture)),
  /** The v3 runs' domain, as the architect's model and the paper's predictors store it. */
  domain: once(() => taskDomain(architectExamples(paperFitRuns(dataset().runs, "v3"), dataset()))),
  /** What the calculator offers (models, architectures, benchmarks). */
  choices,
  /** The calculator's catalog (labels, choices, the runs it shows). */
  catalog: once(() => calculatorCatalog(dataset())),
  /** The calculator's default scenario. */
  defaults: once(() => parseScenario({}, choices()).scenario),
  /** zod, for examples that build a schema. */
  z: () => z,
  /** A plan as planPilots returns it, for the planner's sentences: hybrid on 30 tasks, with the single agent, reaches a 90% target. */
  plan: once((): PilotPlan => {
    const option = {
      design: "hybrid",
      tasks: 30,
      withSingle: true,
      pilotCost: 2.71,
      chance: 0.913,
      chanceSe: 0.006,
      expectedLoss: 0.0399,
      expectedLossSe: 0.001,
    };
    return {
      rule: "confidence",
      valuePerSuccess: null,
      lossUnit: "share",
      target: 0.9,
      draws: 2000,
      seed: 2512,
      now: { call: "single", chance: 0.343, chanceSe: 0.0075, expectedLoss: 0.091, expectedLossSe: 0.0025 },
      options: [option],
      maxPilotCost: null,
      choice: { kind: "plan", option },
    };
  }),
};
