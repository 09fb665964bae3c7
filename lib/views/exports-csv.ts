import type { PredictAnswer } from "./exports-json";
import { counted } from "../format/words";

/**
 * The designs table as CSV columns: one row per design of the JSON answer, raw figures (shares 0-1, USD),
 * so a spreadsheet computes with them; labels as the page words them.
 */
export const DESIGNS_CSV_COLUMNS = [
  "design",
  "architecture",
  "agents",
  "recommended",
  "extrapolated",
  "success_rate",
  "interval_low",
  "interval_high",
  "chance_beats_single",
  "verdict",
  "expected_net_value_usd",
  "cost_usd",
  "monthly_cost_usd",
  "over_budget",
  "cost_per_success_usd",
  "turns",
  "input_tokens",
  "output_tokens",
  "wall_clock_seconds",
] as const;

/**
 * The CSV's rows, from the same answer the JSON export, the API and the CLI give: cells as numbers,
 * booleans or text; empty where a figure does not apply. The single agent's row starts "Single agent,
 * 1 agent", "single", 1, then whether it is the recommended design.
 */
export function designsCsvData(
  answer: Pick<PredictAnswer, "predictions" | "recommendation">,
  label: (architecture: string) => string,
): (string | number | boolean)[][] {
  const blank = (x: number | boolean | string | null | undefined) => (x === null || x === undefined ? "" : x);
  return answer.predictions.map((p) => [
    `${label(p.architecture)}, ${counted(p.agents, "agent")}`,
    p.architecture,
    p.agents,
    p.architecture === answer.recommendation.architecture && p.agents === answer.recommendation.agents,
    p.extrapolated,
    p.successRate,
    blank(p.interval[0]),
    blank(p.interval[1]),
    blank(p.chanceBeatsSingle),
    blank(p.verdict),
    blank(p.expectedNetValueUsd),
    p.costUsd,
    blank(p.monthlyCostUsd),
    blank(p.overBudget),
    blank(p.costPerSuccessUsd),
    p.turns,
    p.tokens.input,
    p.tokens.output,
    p.wallClockSeconds,
  ]);
}
