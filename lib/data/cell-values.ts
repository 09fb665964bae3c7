/** Parsing and describing cell values without zod, shared by the data schemas and the scenario fields. */

/**
 * Longest text any number may be written in, on every input path (links, flags, uploads, data files):
 * longer is garbage whatever it parses to, and the cap keeps every message and scan short.
 */
export const MAX_NUMBER_TEXT_LENGTH = 64;

/** What the scanners read: a string, or anything with its length and char codes (a test counts the reads). */
export type CharSource = { readonly length: number; charCodeAt(index: number): number };

const isDigit = (code: number) => code >= 48 && code <= 57;

/**
 * Whether `text` is a plain decimal: an optional sign, digits with at most one point (at least one
 * digit in all), an optional exponent ("e-3"). One pass, each character read once: linear time. The
 * regular expression it replaces backtracked quadratically (digits, an optional point, digits: a run of
 * digits splits n ways, each retried), 2.1 s on 20,000 characters.
 *
 * @example isDecimalText("-1.5e-3") // true
 */
export function isDecimalText(text: CharSource): boolean {
  const length = text.length;
  const codeAt = (i: number) => (i < length ? text.charCodeAt(i) : -1);
  let i = 0;
  let code = codeAt(i);
  if (code === 43 || code === 45) code = codeAt(++i);
  let mantissaDigits = 0;
  while (isDigit(code)) {
    mantissaDigits++;
    code = codeAt(++i);
  }
  if (code === 46) {
    code = codeAt(++i);
    while (isDigit(code)) {
      mantissaDigits++;
      code = codeAt(++i);
    }
  }
  if (mantissaDigits === 0) return false;
  if (code === 101 || code === 69) {
    let sign = codeAt(++i);
    if (sign === 43 || sign === 45) sign = codeAt(++i);
    let exponentDigits = 0;
    for (code = sign; isDigit(code); code = codeAt(++i)) exponentDigits++;
    if (exponentDigits === 0) return false;
  }
  return i === length;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Whether `text` is a real calendar date written YYYY-MM-DD: month 01-12 and a day that month has
 * (leap years counted). JavaScript's Date.parse accepts "2026-02-30" (it rolls over to March 2).
 *
 * @example isCalendarDate("2026-02-30") // false
 */
export function isCalendarDate(text: string): boolean {
  if (text.length !== 10 || text[4] !== "-" || text[7] !== "-") return false;
  const digitsAt = [0, 1, 2, 3, 5, 6, 8, 9];
  if (!digitsAt.every((k) => isDigit(text.charCodeAt(k)))) return false;
  const year = Number(text.slice(0, 4));
  const month = Number(text.slice(5, 7));
  const day = Number(text.slice(8, 10));
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = month === 2 && leap ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0);
  return day <= days;
}

export type NumberBounds = { min?: number; max?: number; integer?: boolean };

/** A value quoted for a message, cut to 40 characters so a huge input never floods it. */
export function quoteValue(raw: unknown): string {
  const text = String(raw);
  return JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text) + (text.length > 40 ? ` (${text.length} characters)` : "");
}

/**
 * What a number cell expects.
 *
 * @example describeNumber({ min: 1, max: 64, integer: true }) // "an integer in [1, 64]"
 */
export function describeNumber({ min, max, integer }: NumberBounds): string {
  const kind = integer ? "an integer" : "a number";
  if (min !== undefined && max !== undefined) return `${kind} in [${min}, ${max}]`;
  if (min !== undefined) return `${kind} >= ${min}`;
  if (max !== undefined) return `${kind} <= ${max}`;
  return kind;
}

/**
 * A cell's number within bounds, or undefined: also undefined when longer than MAX_NUMBER_TEXT_LENGTH
 * characters, blanks around it included.
 *
 * @example parseNumber("1e309", {}) // undefined (not finite)
 */
export function parseNumber(raw: string, bounds: NumberBounds): number | undefined {
  if (raw.length > MAX_NUMBER_TEXT_LENGTH) return undefined;
  const text = raw.trim();
  if (!isDecimalText(text)) return undefined;
  const value = Number(text);
  if (!Number.isFinite(value)) return undefined;
  if (bounds.integer && !Number.isInteger(value)) return undefined;
  if (bounds.min !== undefined && value < bounds.min) return undefined;
  if (bounds.max !== undefined && value > bounds.max) return undefined;
  return value;
}
