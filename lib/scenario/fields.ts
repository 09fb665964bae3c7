import * as z from "zod/mini";
import { describeNumber, parseNumber, quoteValue, type NumberBounds } from "../data/cell-values";

/*
 * Scenario fields are validated in the browser too, so they use zod/mini: the same validator in a
 * tree-shakable form (the classic API would add about 40 kB to the page). Messages match the data
 * files': `expected an integer in [1, 64], got "abc"`.
 */

/** Longest value a link or flag may carry for one parameter: anything longer is garbage, whatever it parses to. */
export const MAX_VALUE_LENGTH = 64;

type Field<T> = z.ZodMiniType<T, string>;

function field<T>(accept: (raw: string) => { ok: true; value: T } | { ok: false; expected: string }): Field<T> {
  return z.pipe(
    z.string(),
    z.transform((raw: string, ctx) => {
      const result = raw.length > MAX_VALUE_LENGTH ? { ok: false as const, expected: `at most ${MAX_VALUE_LENGTH} characters` } : accept(raw);
      if (result.ok) return result.value;
      ctx.issues.push({ code: "custom", message: `expected ${result.expected}, got ${quoteValue(raw)}`, input: raw });
      return z.NEVER;
    }),
  );
}

/**
 * A number field. `note` is added to the expectation, e.g. " (a share: 0.5 is 50%)" for a success rate
 * someone may type as a percentage.
 *
 * @example numberField({ min: 1, max: 64, integer: true }).parse("12") // 12
 */
export function numberField(bounds: NumberBounds, note = ""): Field<number> {
  return field((raw) => {
    const value = parseNumber(raw, bounds);
    return value === undefined ? { ok: false, expected: `${describeNumber(bounds)}${note}` } : { ok: true, value };
  });
}

/** One of a list of values, e.g. enumField(["architect", "paper-v3"]). */
export function enumField(values: readonly string[]): Field<string> {
  return field((raw) => (values.includes(raw) ? { ok: true, value: raw } : { ok: false, expected: `one of ${values.join(", ")}` }));
}

/**
 * A number as a link and a flag write it: at most 10 decimals, so slider arithmetic
 * (0.35000000000000003) reads back exactly as "0.35".
 *
 * @example formatUrlNumber(0.1 + 0.2) // "0.3"
 */
export function formatUrlNumber(value: number): string {
  return String(Number(value.toFixed(10)));
}
