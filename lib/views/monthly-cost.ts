import { formatUsd } from "../format/numbers";
import { DAYS_PER_MONTH, monthlyCostUsd } from "../model/cost/monthly";
import { counted, countText } from "../format/words";

/** A monthly sum: whole dollars with thousands separators from $100 up, else as a per-task cost is written. */
export function formatMonthlyUsd(value: number): string {
  return Number.isFinite(value) && value >= 100 ? `$${countText(Math.round(value))}` : formatUsd(value);
}

/** "1,000 tasks a day" */
export const volumeText = (tasksPerDay: number) => `${counted(tasksPerDay, "task")} a day`;

/** The card's sentence on volume: the recommended design's monthly cost, beside the single agent's. */
export function monthlySentence(design: number, single: number, tasksPerDay: number | null): string | null {
  if (tasksPerDay === null) return null;
  return `At ${volumeText(tasksPerDay)}: ${formatMonthlyUsd(monthlyCostUsd(design, tasksPerDay))} a month (${DAYS_PER_MONTH} days; single agent: ${formatMonthlyUsd(monthlyCostUsd(single, tasksPerDay))}).`;
}
