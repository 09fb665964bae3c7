/** Days in the month a monthly cost is quoted for. */
export const DAYS_PER_MONTH = 30;

/** A design's cost over a month of `tasksPerDay` tasks a day, in USD. */
export function monthlyCostUsd(costPerTaskUsd: number, tasksPerDay: number): number {
  return costPerTaskUsd * tasksPerDay * DAYS_PER_MONTH;
}
