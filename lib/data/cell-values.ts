/** Parsing and describing cell values without zod, shared by the data schemas and the scenario fields. */

export const NUMERIC = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

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
 * A cell's number within bounds, or undefined.
 *
 * @example parseNumber("1e309", {}) // undefined (not finite)
 */
export function parseNumber(raw: string, bounds: NumberBounds): number | undefined {
  const text = raw.trim();
  if (!NUMERIC.test(text)) return undefined;
  const value = Number(text);
  if (!Number.isFinite(value)) return undefined;
  if (bounds.integer && !Number.isInteger(value)) return undefined;
  if (bounds.min !== undefined && value < bounds.min) return undefined;
  if (bounds.max !== undefined && value > bounds.max) return undefined;
  return value;
}
