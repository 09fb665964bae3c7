/**
 * Exact conversion of a printed figure (as a paper's table shows it) to a share in [0, 1]. Percents
 * are converted by moving the decimal point in the text, never by floating-point division, so
 * "57.09" becomes exactly 0.5709 (57.09 / 100 would give 0.5709000000000001).
 */

/** How a figure is printed: "53.41±1.73" (percent, a spread allowed), "0.8140" (fraction), "3/10" (count). */
export const PRINTED_SCALES = ["percent", "fraction", "count"] as const;
export type PrintedScale = (typeof PRINTED_SCALES)[number];

const DECIMAL = /^\d+(?:\.\d+)?$/;
const PERCENT = /^(\d+(?:\.\d+)?)(?:±\d+(?:\.\d+)?)?$/;
const COUNT = /^(\d+)\/(\d+)$/;

/**
 * Moves the decimal point of a non-negative decimal text `places` digits to the left.
 *
 * @example shiftDecimalLeft("53.41", 2) // "0.5341"
 */
export function shiftDecimalLeft(text: string, places: number): string {
  if (!DECIMAL.test(text) || !Number.isInteger(places) || places < 0) throw new Error(`cannot shift ${JSON.stringify(text)} by ${places}`);
  const [whole = "", fraction = ""] = text.split(".");
  const digits = whole + fraction;
  const point = whole.length - places;
  return point <= 0 ? `0.${"0".repeat(-point)}${digits}` : `${digits.slice(0, point)}.${digits.slice(point)}`;
}

/**
 * The share in [0, 1] a printed figure states, or undefined when the text is not a figure of that
 * scale or lies outside [0, 1]. A percent's printed spread (±sd) is ignored; a count a/b is divided.
 *
 * @example shareFromPrinted("53.41±1.73", "percent") // 0.5341
 */
export function shareFromPrinted(printed: string, scale: PrintedScale): number | undefined {
  const text = printed.trim();
  let share: number | undefined;
  if (scale === "percent") {
    const mean = PERCENT.exec(text)?.[1];
    share = mean === undefined ? undefined : Number(shiftDecimalLeft(mean, 2));
  } else if (scale === "fraction") {
    share = DECIMAL.test(text) ? Number(text) : undefined;
  } else {
    const match = COUNT.exec(text);
    const [successes, total] = match === null ? [NaN, NaN] : [Number(match[1]), Number(match[2])];
    share = total > 0 ? successes / total : undefined;
  }
  return share !== undefined && Number.isFinite(share) && share >= 0 && share <= 1 ? share : undefined;
}
