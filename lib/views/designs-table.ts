import { formatDuration, formatPercent, formatUsd } from "../format/numbers";
import type { CostedPrediction } from "../scenario/predict-scenario";
import type { CalculatorCatalog } from "./catalog";
import type { TableRow } from "./validation-rows";

/** " (measured)" when a pilot measured any of these figures of the design. */
const mark = (d: CostedPrediction, ...keys: CostedPrediction["cost"]["measured"]) => (d.cost.measured.some((k) => keys.includes(k)) ? " (measured)" : "");

/**
 * Every design the calculator compares, one row each: success with its interval, cost per task and per
 * successful task, turns and wall clock, each marked where a pilot measured it. The requested design joins when its count is not the measured one.
 */
export function designsTable(designs: readonly CostedPrediction[], catalog: CalculatorCatalog, recommended: CostedPrediction): { columns: string[]; rows: (TableRow & { recommended: boolean; extrapolated: boolean })[] } {
  const label = (a: string) => catalog.architectures.find((x) => x.architecture === a)?.label ?? a;
  return {
    columns: ["success (90% interval)", "cost per task", "cost per success", "turns", "wall clock"],
    rows: designs.map((d) => ({
      label: `${label(d.architecture)}, ${d.agents} agent${d.agents === 1 ? "" : "s"}${d.measured ? "" : " (extrapolated)"}`,
      cells: [
        `${formatPercent(d.successRate, 0)} (${formatPercent(d.interval[0], 0)}-${formatPercent(d.interval[1], 0)})`,
        `${formatUsd(d.cost.costUsd)}${mark(d, "costUsd", "tokensIn", "tokensOut", "turns")}`,
        formatUsd(d.cost.costPerSuccessUsd),
        `${d.cost.turns.toFixed(1)}${mark(d, "turns")}`,
        `${formatDuration(d.cost.wallClockSeconds)}${mark(d, "seconds", "turns")}`,
      ],
      recommended: d.architecture === recommended.architecture && d.agents === recommended.agents,
      extrapolated: !d.measured,
    })),
  };
}
