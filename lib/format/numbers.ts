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

/**
 * Intl's formatters, made on first need only: building a first Intl.NumberFormat loads ICU's number data
 * (33 ms in Chromium, 150-190 ms at 4x CPU), which the calculator paid on its first render for a few
 * counts. localeNumber needs one only for what toFixed cannot write (not finite, 10^21 and up).
 */
const intlFormats = new Map<number, Intl.NumberFormat>();

/**
 * A number exactly as `toLocaleString("en-US", { maximumFractionDigits })` writes it (3 is
 * toLocaleString's own default): Intl rounds the number's shortest decimal form (String's digits, not
 * the double's exact value: 14194505872937.86 stays ".86") half away from zero, drops trailing zeros,
 * separates thousands by commas and writes "-0" for a negative that rounds to zero. Written here from
 * those digits for finite numbers under 10^21, so no Intl formatter is built for them.
 *
 * @example localeNumber(1234567.891) // "1,234,567.891"
 * @example localeNumber(0.123456, 4) // "0.1235"
 */
export function localeNumber(n: number, maximumFractionDigits = 3): string {
  const x = Math.abs(n);
  if (!Number.isFinite(n) || x >= 1e21) {
    let format = intlFormats.get(maximumFractionDigits);
    if (format === undefined) {
      format = new Intl.NumberFormat("en-US", { maximumFractionDigits });
      intlFormats.set(maximumFractionDigits, format);
    }
    return format.format(n);
  }
  const sign = n < 0 || Object.is(n, -0) ? "-" : "";
  const grouped = (whole: string) => whole.replace(/\B(?=(\d{3})+$)/g, ",");
  if (Number.isSafeInteger(x)) return `${sign}${grouped(String(x))}`;
  // The shortest digits d1 d2 ... and the exponent e of d1.d2... × 10^e; kept: the digits left of the
  // rounding digit, which are x × 10^k as an integer.
  const [mantissa = "0", exponent = "0"] = x.toExponential().split("e");
  const digits = mantissa.replace(".", "");
  const kept = Number(exponent) + 1 + maximumFractionDigits;
  const k = maximumFractionDigits;
  let scaled: bigint;
  if (kept >= digits.length) scaled = BigInt(digits + "0".repeat(kept - digits.length));
  else if (kept < 0) scaled = BigInt(0);
  else scaled = BigInt(digits.slice(0, kept) || "0") + BigInt((digits[kept] ?? "0") >= "5" ? 1 : 0);
  const text = scaled.toString().padStart(k + 1, "0");
  const whole = text.slice(0, text.length - k);
  const fraction = text.slice(text.length - k).replace(/0+$/, "");
  return `${sign}${grouped(whole)}${fraction === "" ? "" : `.${fraction}`}`;
}
