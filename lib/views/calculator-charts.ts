import type { SuccessPrediction } from "../model/predict/prediction";
import { parameter } from "../scenario/parameters";
import type { CostedPrediction } from "../scenario/predict-scenario";

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
 * Success against agent count (1-16) for every multi-agent architecture, read from the design grid;
 * `${key}Measured` holds the value at the measured count only (the one point that is not an
 * extrapolation), and `band` the 90% interval of the scenario's own architecture.
 */
export function agentsCurves(grid: readonly CostedPrediction[], selected: string, labels: ReadonlyMap<string, string>): { rows: AgentsRow[]; series: AgentsSeries[] } {
  const maxAgents = parameter("agents").max;
  const series = [...new Set(grid.map((d) => d.architecture))]
    .filter((architecture) => architecture !== "single")
    .map((architecture) => ({ key: architecture, label: labels.get(architecture) ?? architecture, measuredAgents: grid.find((d) => d.architecture === architecture && d.measured)?.agents ?? 0 }));
  const at = new Map(grid.map((d) => [`${d.architecture}/${d.agents}`, d]));
  const rows = Array.from({ length: maxAgents }, (_, i) => {
    const agents = i + 1;
    const row: AgentsRow = { agents, band: null };
    for (const s of series) {
      const d = at.get(`${s.key}/${agents}`);
      row[s.key] = d?.successRate ?? null;
      row[`${s.key}Measured`] = d !== undefined && d.measured ? d.successRate : null;
      if (d !== undefined && s.key === selected) row.band = d.interval;
    }
    return row;
  });
  return { rows, series };
}

/** A design on the cost-success chart. */
export type CostPoint = {
  architecture: string;
  agents: number;
  costUsd: number;
  successRate: number;
  interval: [number, number];
  measured: boolean;
  onFrontier: boolean;
  recommended: boolean;
  /** The user's own design (architecture and agent count). */
  requested: boolean;
};

/**
 * Every design as a cost-success point, with the Pareto frontier marked: a design is on it when no
 * other eligible design costs as little or less and succeeds more (ties in cost go to the more
 * successful). Only measured agent counts are eligible unless `includeExtrapolated` (the `frontier=all`
 * choice): an extrapolated count is the agent-count rule's guess, not a design anyone measured.
 * Returns the points and the frontier in order of cost.
 */
export function costSuccessPoints(
  grid: readonly CostedPrediction[],
  recommended: { architecture: string; agents: number },
  requested: { architecture: string; agents: number } | null = null,
  includeExtrapolated = false,
): { points: CostPoint[]; frontier: CostPoint[] } {
  const points = grid.map((d) => ({
    architecture: d.architecture,
    agents: d.agents,
    costUsd: d.cost.costUsd,
    successRate: d.successRate,
    interval: d.interval,
    measured: d.measured,
    onFrontier: false,
    recommended: d.architecture === recommended.architecture && d.agents === recommended.agents,
    requested: requested !== null && d.architecture === requested.architecture && d.agents === requested.agents,
  }));
  const byCost = points.filter((p) => includeExtrapolated || p.measured).sort((a, b) => a.costUsd - b.costUsd || b.successRate - a.successRate);
  let best = -Infinity;
  for (const p of byCost) {
    if (p.successRate > best) {
      p.onFrontier = true;
      best = p.successRate;
    }
  }
  return { points, frontier: byCost.filter((p) => p.onFrontier) };
}

/**
 * A log-scale cost domain whole decades wide around every design's cost, e.g. [0.001, 0.1]: it
 * changes only when a cost crosses a decade, so the chart's frame rarely redraws.
 */
export function costDomain(points: readonly { costUsd: number }[]): [number, number] {
  const costs = points.map((p) => p.costUsd).filter((c) => c > 0);
  if (costs.length === 0) return [0.001, 1];
  const low = 10 ** Math.floor(Math.log10(Math.min(...costs)));
  const high = 10 ** Math.ceil(Math.log10(Math.max(...costs)));
  return [low, high > low ? high : low * 10];
}
