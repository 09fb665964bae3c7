import Link from "next/link";
import { loadDataset } from "@/lib/data/load";
import { formatPercent } from "@/lib/format/numbers";
import { fitModels } from "@/lib/model/fitted-models";
import { scenarioPredictions } from "@/lib/scenario/predict-scenario";
import { parseScenario, scenarioChoices } from "@/lib/scenario/scenario";

export default function HomePage() {
  const dataset = loadDataset();
  const { scenario } = parseScenario({}, scenarioChoices(dataset));
  const predictions = scenarioPredictions(fitModels(dataset), scenario);
  const labels = new Map(dataset.architectures.map((a) => [a.architecture, a.label]));
  return (
    <>
      <h1>Agent Scaling Calculator</h1>
      <p className="lede">
        Before you build an LLM agent system, see what one agent or several would achieve. Predictions come from a model fitted
        to the {dataset.runs.length} measured configurations of Kim et al. and validated on benchmarks it never saw; the{" "}
        <Link href="/methodology">methodology</Link> shows how, and how well.
      </p>
      <p>
        For a task with {scenario.tools} tools, decomposability {scenario.decomposability} and{" "}
        {dataset.models.find((m) => m.model === scenario.model)?.label}, without a pilot:
      </p>
      <ul data-testid="default-predictions">
        {predictions.map((p) => (
          <li key={`${p.architecture}-${p.agents}`}>
            {labels.get(p.architecture)} ({p.agents} {p.agents === 1 ? "agent" : "agents"}): {formatPercent(p.successRate, 0)} (90%
            interval {formatPercent(p.interval[0], 0)}-{formatPercent(p.interval[1], 0)})
          </li>
        ))}
      </ul>
    </>
  );
}
