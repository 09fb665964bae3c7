import { predictDesign, type FittedModels } from "../model/design-prediction";
import type { SuccessPrediction } from "../model/prediction";
import { parameter } from "../scenario/parameters";
import { agentRange, type Scenario } from "../scenario/scenario";

/** One bar of the success-by-architecture chart: the prediction and its interval as error-bar offsets. */
export type ArchitectureBar = {
  architecture: string;
  label: string;
  agents: number;
  successRate: number;
  /** [below, above] the predicted rate: what an error bar draws. */
  error: [number, number];
  interval: [number, number];
  recommended: boolean;
};

/** Bars for every architecture at its measured count, in data order. */
export function architectureBars(designs: readonly SuccessPrediction[], labels: ReadonlyMap<string, string>, recommended: string): ArchitectureBar[] {
  return designs.map((d) => ({
    architecture: d.architecture,
    label: labels.get(d.architecture) ?? d.architecture,
    agents: d.agents,
    successRate: d.successRate,
    error: [d.successRate - d.interval[0], d.interval[1] - d.successRate],
    interval: d.interval,
    recommended: d.architecture === recommended,
  }));
}

/** A row of the agents chart: success per multi-agent architecture at one agent count (null outside its range). */
export type AgentsRow = { agents: number; band: [number, number] | null } & Record<string, number | [number, number] | null>;

/** The agents chart's series: one per multi-agent architecture, with its measured count. */
export type AgentsSeries = { key: string; label: string; measuredAgents: number };

/**
 * Success against agent count (1-16) for every multi-agent architecture under the scenario's task and
 * model; `${key}Measured` holds the value at the measured count only (the one point that is not an
 * extrapolation), and `band` the 90% interval of the scenario's own architecture.
 */
export function agentsCurves(models: FittedModels, scenario: Scenario, labels: ReadonlyMap<string, string>): { rows: AgentsRow[]; series: AgentsSeries[] } {
  const task = { tools: scenario.tools, decomposability: scenario.decomposability, capability: scenario.capability, baseline: scenario.baseline };
  const maxAgents = parameter("agents").max;
  const series = Object.entries(models.architect.measuredAgents)
    .filter(([architecture]) => architecture !== "single")
    .map(([architecture, measuredAgents]) => ({ key: architecture, label: labels.get(architecture) ?? architecture, measuredAgents }));
  const rows = Array.from({ length: maxAgents }, (_, i) => {
    const agents = i + 1;
    const row: AgentsRow = { agents, band: null };
    for (const s of series) {
      const [low, high] = agentRange(s.key, maxAgents);
      if (agents < low || agents > high) {
        row[s.key] = null;
        row[`${s.key}Measured`] = null;
        continue;
      }
      const p = predictDesign(models, { task, architecture: s.key, agents, fit: scenario.fit });
      row[s.key] = p.successRate;
      row[`${s.key}Measured`] = agents === s.measuredAgents ? p.successRate : null;
      if (s.key === scenario.architecture) row.band = p.interval;
    }
    return row;
  });
  return { rows, series };
}
