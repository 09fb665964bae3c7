import { z } from "zod";
import { describeNumber, isCalendarDate, parseNumber, quoteValue, type NumberBounds } from "./cell-values";

/**
 * zod schemas for single CSV cells. Every cell arrives as a string; each schema parses it and,
 * on failure, reports what it expected together with the value it got, so that a data error
 * reads like `expected a number in [0, 1], got "1.7"`.
 */

/**
 * A required number cell.
 *
 * @example numberCell({ min: 0, max: 1 }).parse("0.25") // 0.25
 */
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

/** An ISO date (YYYY-MM-DD, a day the calendar has) that may be blank; blank parses to null. */
export const optionalDateCell = z.string().transform((raw, ctx) => {
  if (raw.trim() === "") return null;
  if (!isCalendarDate(raw)) {
    ctx.addIssue({ code: "custom", message: `expected a date YYYY-MM-DD or blank, got ${quoteValue(raw)}` });
    return z.NEVER;
  }
  return raw;
});

/** A required ISO date (YYYY-MM-DD, a day the calendar has: 2026-02-30 is rejected). */
export const dateCell = z.string().transform((raw, ctx) => {
  if (!isCalendarDate(raw)) {
    ctx.addIssue({ code: "custom", message: `expected a date YYYY-MM-DD, got ${quoteValue(raw)}` });
    return z.NEVER;
  }
  return raw;
});

/** "true", "false" or blank (parses to null), e.g. a rubric answer left blank because it was not asked. */
export const optionalBooleanCell = z.string().transform((raw, ctx) => {
  if (raw.trim() === "") return null;
  if (raw === "true") return true;
  if (raw === "false") return false;
  ctx.addIssue({ code: "custom", message: `expected true, false or blank, got ${quoteValue(raw)}` });
  return z.NEVER;
});

/** Space-separated ids (see idCell) or blank (parses to null), e.g. "gpt-5 gpt-5-nano". */
export const optionalIdListCell = z.string().transform((raw, ctx) => {
  if (raw.trim() === "") return null;
  const ids = raw.trim().split(/\s+/);
  const bad = ids.find((id) => !/^[a-z0-9][a-z0-9.-]*$/.test(id));
  if (bad !== undefined) {
    ctx.addIssue({ code: "custom", message: `expected space-separated ids of lower-case letters, digits, "." and "-", got ${quoteValue(bad)}` });
    return z.NEVER;
  }
  return ids;
});

/** An http(s) address, e.g. "https://arxiv.org/abs/2512.08296". */
export const urlCell = z.string().transform((raw, ctx) => {
  if (!/^https?:\/\/[^\s]+$/.test(raw.trim())) {
    ctx.addIssue({ code: "custom", message: `expected an http(s) address, got ${quoteValue(raw)}` });
    return z.NEVER;
  }
  return raw.trim();
});
