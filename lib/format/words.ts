import { formatFixed, localeNumber } from "./numbers";

/** English plural categories for what is not an integer, made on first need (Intl, like localeNumber's). */
let pluralRules: Intl.PluralRules | undefined;

/**
 * The word for a count: `one` when English takes the singular (Intl.PluralRules' "one": 1 and −1, and a
 * fraction that rounds to them at three decimals), else `other` (the singular plus "s" unless given). An
 * integer is decided without Intl (whose first use costs tens of milliseconds in a browser).
 *
 * @example plural(1, "it", "them") // "it"
 * @example plural(3, "study", "studies") // "studies"
 */
export function plural(n: number, one: string, other = `${one}s`): string {
  if (Number.isInteger(n)) return Math.abs(n) === 1 ? one : other;
  pluralRules ??= new Intl.PluralRules("en-US");
  return pluralRules.select(n) === "one" ? one : other;
}

/**
 * A count as the app writes it, with thousands separators: exactly `n.toLocaleString("en-US")`
 * (localeNumber, without building an Intl formatter).
 *
 * @example countText(1200) // "1,200"
 */
export function countText(n: number): string {
  return localeNumber(n);
}

/**
 * A count and its noun.
 *
 * @example counted(4, "agent") // "4 agents"
 * @example counted(1, "study", "studies") // "1 study"
 */
export function counted(n: number, one: string, other = `${one}s`): string {
  return `${countText(n)} ${plural(n, one, other)}`;
}

/**
 * Percentage points, one decimal.
 *
 * @example pointsText(4.15) // "4.2 points"
 */
export function pointsText(points: number): string {
  return `${formatFixed(points, 1)} points`;
}

/**
 * A difference in percentage points, one decimal: "+" above zero, "−" below (a share's difference
 * is 100 times it: signedPoints(100 * (0.6 - 0.5)) is "+10.0 points").
 *
 * @example signedPoints(2.35) // "+2.4 points"
 * @example signedPoints(-1) // "−1.0 points"
 */
export function signedPoints(points: number): string {
  const text = formatFixed(points, 1);
  return `${points > 0 && text !== "0.0" ? "+" : ""}${text} points`;
}
