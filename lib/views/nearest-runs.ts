import { spreadOf } from "../model/predict/extrapolation";
import type { Scenario } from "../scenario/scenario";
import type { CalculatorCatalog } from "./catalog";

/** A measured run near the scenario, with its group's single-agent run for context. */
export type NearbyRun = {
  benchmark: string;
  model: string;
  architecture: string;
  successRate: number;
  singleRate: number;
  /** Distance to the scenario in standardized task space (0 = same tools, decomposability, capability, baseline). */
  distance: number;
};

/**
 * The `count` (benchmark, model) groups whose task and model are nearest the scenario, showing each
 * group's run of `architecture` (the scenario's unless given: the calculator asks for the recommended one) beside its single-agent run: the evidence a prediction rests on.
 * Distance is Euclidean over log(1 + tools), decomposability, capability and (with a pilot) the single-agent
 * success, each divided by its spread over the runs.
 */
export function nearestRuns(catalog: CalculatorCatalog, scenario: Scenario, count = 5, architecture: string = scenario.architecture): NearbyRun[] {
  const benchmarks = new Map(catalog.benchmarks.map((b) => [b.benchmark, b]));
  const capability = new Map(catalog.models.map((m) => [m.model, m.capability]));
  const single = new Map(catalog.runs.filter((r) => r.architecture === "single").map((r) => [`${r.benchmark}/${r.model}`, r.successRate]));
  const candidates = catalog.runs.filter((r) => r.architecture === architecture && single.has(`${r.benchmark}/${r.model}`));
  const features = (r: (typeof candidates)[number]) => {
    const b = benchmarks.get(r.benchmark);
    return [Math.log1p(b?.tools ?? 0), b?.decomposability ?? 0, capability.get(r.model) ?? 0, single.get(`${r.benchmark}/${r.model}`) ?? 0];
  };
  const rows = candidates.map(features);
  const scales = [0, 1, 2, 3].map((j) => spreadOf(rows.map((f) => f[j] ?? 0)));
  const target = [Math.log1p(scenario.tools), scenario.decomposability, scenario.capability, scenario.baseline ?? Number.NaN];
  return candidates
    .map((r, i) => {
      const f = rows[i] ?? [];
      const distance = Math.sqrt(target.reduce((s, t, j) => (Number.isNaN(t) ? s : s + ((t - (f[j] ?? 0)) / (scales[j] ?? 1)) ** 2), 0));
      return {
        benchmark: r.benchmark,
        model: r.model,
        architecture: r.architecture,
        successRate: r.successRate,
        singleRate: single.get(`${r.benchmark}/${r.model}`) ?? 0,
        distance,
      };
    })
    .sort((a, b) => a.distance - b.distance)
    .slice(0, count);
}
