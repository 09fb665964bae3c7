import { z } from "zod";

/**
 * zod schemas for single CSV cells. Every cell arrives as a string; each schema parses it and,
 * on failure, reports what it expected together with the value it got, so that a data error
 * reads like `expected a number in [0, 1], got "1.7"`.
 */

const NUMERIC = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

type NumberBounds = { min?: number; max?: number; integer?: boolean };

/** A value quoted for a message, cut to 40 characters so a huge input never floods it. */
export function quoteValue(raw: unknown): string {
  const text = String(raw);
  return JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text) + (text.length > 40 ? ` (${text.length} characters)` : "");
}

function describeNumber({ min, max, integer }: NumberBounds): string {
  const kind = integer ? "an integer" : "a number";
  if (min !== undefined && max !== undefined) return `${kind} in [${min}, ${max}]`;
  if (min !== undefined) return `${kind} >= ${min}`;
  if (max !== undefined) return `${kind} <= ${max}`;
  return kind;
}

function parseNumber(raw: string, bounds: NumberBounds): number | undefined {
  const text = raw.trim();
  if (!NUMERIC.test(text)) return undefined;
  const value = Number(text);
  if (!Number.isFinite(value)) return undefined;
  if (bounds.integer && !Number.isInteger(value)) return undefined;
  if (bounds.min !== undefined && value < bounds.min) return undefined;
  if (bounds.max !== undefined && value > bounds.max) return undefined;
  return value;
}

/** A required number cell, e.g. `numberCell({ min: 0, max: 1 })` parses "0.25" to 0.25. */
export function numberCell(bounds: NumberBounds = {}) {
  return z.string().transform((raw, ctx) => {
    const value = parseNumber(raw, bounds);
    if (value === undefined) {
      ctx.addIssue({ code: "custom", message: `expected ${describeNumber(bounds)}, got ${quoteValue(raw)}` });
      return z.NEVER;
    }
    return value;
  });
}

/** A number cell that may be blank; blank parses to null. */
export function optionalNumberCell(bounds: NumberBounds = {}) {
  return z.string().transform((raw, ctx) => {
    if (raw.trim() === "") return null;
    const value = parseNumber(raw, bounds);
    if (value === undefined) {
      ctx.addIssue({ code: "custom", message: `expected ${describeNumber(bounds)} or blank, got ${quoteValue(raw)}` });
      return z.NEVER;
    }
    return value;
  });
}

/** "true" or "false" (lower case, as the project's files write them). */
export const booleanCell = z.string().transform((raw, ctx) => {
  if (raw === "true") return true;
  if (raw === "false") return false;
  ctx.addIssue({ code: "custom", message: `expected true or false, got ${quoteValue(raw)}` });
  return z.NEVER;
});

/** One of a fixed list of values, e.g. `enumCell(["paper-4bench", "paper-swe-tb-per-instance"])`. */
export function enumCell<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, { error: (issue) => `expected one of ${values.join(", ")}, got ${quoteValue(issue.input)}` });
}

/** A non-blank text cell, trimmed. */
export const textCell = z.string().transform((raw, ctx) => {
  const text = raw.trim();
  if (text === "") {
    ctx.addIssue({ code: "custom", message: "expected a value, got a blank cell" });
    return z.NEVER;
  }
  return text;
});

/** A text cell that may be blank; blank parses to null. */
export const optionalTextCell = z.string().transform((raw) => (raw.trim() === "" ? null : raw.trim()));

/** An identifier: lower-case letters, digits, dots and dashes, e.g. "claude-sonnet-4-5". */
export const idCell = z.string().transform((raw, ctx) => {
  if (!/^[a-z0-9][a-z0-9.-]*$/.test(raw)) {
    ctx.addIssue({ code: "custom", message: `expected an id of lower-case letters, digits, "." and "-", got ${quoteValue(raw)}` });
    return z.NEVER;
  }
  return raw;
});

/** An ISO date (YYYY-MM-DD) that may be blank; blank parses to null. */
export const optionalDateCell = z.string().transform((raw, ctx) => {
  if (raw.trim() === "") return null;
  if (!ISO_DATE.test(raw) || Number.isNaN(Date.parse(raw))) {
    ctx.addIssue({ code: "custom", message: `expected a date YYYY-MM-DD or blank, got ${quoteValue(raw)}` });
    return z.NEVER;
  }
  return raw;
});

/** A required ISO date (YYYY-MM-DD). */
export const dateCell = z.string().transform((raw, ctx) => {
  if (!ISO_DATE.test(raw) || Number.isNaN(Date.parse(raw))) {
    ctx.addIssue({ code: "custom", message: `expected a date YYYY-MM-DD, got ${quoteValue(raw)}` });
    return z.NEVER;
  }
  return raw;
});
