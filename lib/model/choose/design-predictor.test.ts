import assert from "node:assert/strict";
import { test } from "node:test";
import { loadDataset } from "../../data/load";
import { cachedModels } from "../serving/fit-models";
import { designPredictor, predictDesign, type DesignQuery } from "./design-predictor";
import { parameter } from "../../scenario/parameters";
import { agentRange } from "../../scenario/choices";

test("designPredictor, reused across every design of a task in any order, gives each design exactly as predictDesign does alone", () => {
  const dataset = loadDataset();
  const models = cachedModels(dataset);
  const like = dataset.benchmarkCatalog[0]?.benchmark ?? null;
  const designs = Object.keys(models.architect.measuredAgents).flatMap((architecture) => {
    const [low, high] = agentRange(architecture, parameter("agents").max);
    return Array.from({ length: high - low + 1 }, (_, i) => ({ architecture, agents: low + i }));
  });
  const pilotSets: NonNullable<DesignQuery["pilots"]>[] = [
    [],
    [{ architecture: "single", agents: 1, tasks: 30, solved: 12, paired: false }],
    [{ architecture: "hybrid", agents: 4, tasks: 20, solved: 14, paired: false }],
    [
      { architecture: "single", agents: 1, tasks: 25, solved: 10, paired: true },
      { architecture: "centralized", agents: 6, tasks: 25, solved: 13, paired: true },
    ],
  ];
  let checked = 0;
  for (const fit of ["architect", "paper-v2", "paper-v3"] as const)
    for (const baseline of [null, 0.35])
      for (const pilots of pilotSets)
        for (const benchmark of [null, like]) {
          const query = { task: { tools: 7, decomposability: 0.6, capability: 65, baseline }, fit, like: benchmark, pilots };
          const predict = designPredictor(models, query);
          // Backwards, so a level cached by an earlier design is read by designs asked after it.
          for (const d of [...designs].reverse()) {
            assert.deepEqual(
              predict(d.architecture, d.agents),
              predictDesign(models, { ...query, ...d }),
              `${fit} ${d.architecture}:${d.agents} baseline ${baseline} pilots ${pilots.length} like ${benchmark}`,
            );
            checked++;
          }
        }
  assert.ok(checked > 1000);
});
