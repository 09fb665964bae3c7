/** Number formatting shared by the CLI and the pages, so both show a figure the same way. */

/**
 * Fixed decimals with a true minus sign for negatives.
 *
 * @example formatFixed(-0.40427, 4) // "−0.4043"
 */
export function formatFixed(value: number, decimals: number): string {
  if (!Number.isFinite(value)) return "—";
  const text = Math.abs(value).toFixed(decimals);
  const isZero = Number(text) === 0;
  return value < 0 && !isZero ? `\u2212${text}` : text;
}

/**
 * A p-value as printed in regression tables.
 *
 * @example formatP(0.0000044) // "<0.001"
 * @example formatP(0.0532) // "0.053"
 */
export function formatP(p: number): string {
  if (!Number.isFinite(p)) return "—";
  return p < 0.001 ? "<0.001" : p.toFixed(3);
}

/** Significance stars: *** p<0.001, ** p<0.01, * p<0.05, else "". */
export function significanceStars(p: number): string {
  if (p < 0.001) return "***";
  if (p < 0.01) return "**";
  if (p < 0.05) return "*";
  return "";
}

/**
 * A fraction as a percentage.
 *
 * @example formatPercent(0.4633, 1) // "46.3%"
 */
export function formatPercent(value: number, decimals = 0): string {
  return Number.isFinite(value) ? `${formatFixed(value * 100, decimals)}%` : "—";
}

/**
 * A fraction as a whole percentage: safe as a callback (one argument).
 *
 * @example wholePercent(0.4633) // "46%"
 */
export const wholePercent = (value: number): string => formatPercent(value, 0);

/**
 * Dollars: two decimals from $1, else three significant digits; null is "—".
 *
 * @example formatUsd(0.012634) // "$0.0126"
 * @example formatUsd(null) // "—"
 */
export function formatUsd(value: number | null): string {
  if (value === null || !Number.isFinite(value)) return "—";
  return value >= 1 ? `$${value.toFixed(2)}` : `$${value.toPrecision(3)}`;
}

/**
 * A duration in seconds, as seconds below 90 s, else minutes.
 *
 * @example formatDuration(43.2) // "43 s"
 */
export function formatDuration(seconds: number): string {
  return seconds >= 90 ? `${(seconds / 60).toFixed(1)} min` : `${Math.round(seconds)} s`;
}

/** A number to at most two decimals, as people write it: 0.5, 16, 0.33. */
export const twoDecimals = (x: number) => String(Math.round(x * 100) / 100);

/** A range as people write it, to two decimals: "2-16", "0.2-0.8". */
export const rangeText = ([low, high]: readonly [number, number]) => `${twoDecimals(low)}-${twoDecimals(high)}`;
