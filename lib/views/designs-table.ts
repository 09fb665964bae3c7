import { formatDuration, formatPercent, formatUsd } from "../format/numbers";
import type { CostedPrediction } from "../scenario/predict-scenario";
import type { CalculatorCatalog } from "./catalog";
import type { TableRow } from "./validation-rows";
import { monthlyCostUsd } from "../model/cost/monthly";
import { formatMonthlyUsd } from "./monthly-cost";
import type { Assessed } from "../model/decide/recommend";
import { counted } from "../format/words";

/** " (measured)" when a pilot measured any of these figures of the design. */
const mark = (d: CostedPrediction, ...keys: CostedPrediction["cost"]["measured"]) => (d.cost.measured.some((k) => keys.includes(k)) ? " (measured)" : "");

/**
 * Every design the calculator compares, one row each: success with its interval, cost per task and per
 * successful task, turns and wall clock, each marked where a pilot measured it. The requested design joins when its count is not the measured one.
 * With a volume (`tasksPerDay`) a monthly cost column joins; with a budget (`maxCost`) designs over it are marked and flagged.
 */
export function designsTable(
  designs: readonly CostedPrediction[],
  catalog: CalculatorCatalog,
  recommended: CostedPrediction,
  { tasksPerDay = null, maxCost = null }: { tasksPerDay?: number | null; maxCost?: number | null } = {},
  assessed: readonly Assessed<CostedPrediction>[] = [],
): { columns: string[]; rows: (TableRow & { recommended: boolean; extrapolated: boolean; overBudget: boolean; flagged: boolean })[] } {
  const label = (a: string) => catalog.architectures.find((x) => x.architecture === a)?.label ?? a;
  const over = (d: CostedPrediction) => maxCost !== null && d.cost.costUsd > maxCost;
  const beats = (d: CostedPrediction) => {
    const odds = assessed.find((a) => a.design.architecture === d.architecture && a.design.agents === d.agents)?.odds;
    return odds === undefined || odds.chanceBeatsSingle === null ? "—" : `${formatPercent(odds.chanceBeatsSingle, 0)} ${odds.verdict}`;
  };
  return {
    columns: [
      "success (90% interval)",
      "beats one agent",
      "cost per task",
      ...(tasksPerDay === null ? [] : ["cost per month"]),
      "cost per success",
      "turns",
      "wall clock",
    ],
    rows: designs.map((d) => ({
      label: `${label(d.architecture)}, ${counted(d.agents, "agent")}${d.measured ? "" : " (extrapolated)"}`,
      cells: [
        `${formatPercent(d.successRate, 0)} (${formatPercent(d.interval[0], 0)}-${formatPercent(d.interval[1], 0)})`,
        beats(d),
        `${formatUsd(d.cost.costUsd)}${mark(d, "costUsd", "tokensIn", "tokensOut", "turns")}${over(d) ? " (over budget)" : ""}`,
        ...(tasksPerDay === null ? [] : [formatMonthlyUsd(monthlyCostUsd(d.cost.costUsd, tasksPerDay))]),
        formatUsd(d.cost.costPerSuccessUsd),
        `${d.cost.turns.toFixed(1)}${mark(d, "turns")}`,
        `${formatDuration(d.cost.wallClockSeconds)}${mark(d, "seconds", "turns")}`,
      ],
      recommended: d.architecture === recommended.architecture && d.agents === recommended.agents,
      extrapolated: !d.measured,
      overBudget: over(d),
      flagged: over(d),
    })),
  };
}
