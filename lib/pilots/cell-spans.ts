/*
 * A row as spans of one string: the CSV reader finds where each cell starts and ends in the text it
 * holds, and the aggregator's fast check reads digits and words in place. A million rows then make a
 * million task-id strings instead of seven million cell strings, which was most of the parse time.
 */

/** Cell i of a row is text.slice(starts[i], ends[i]); there are `count` cells. Reused from row to row. */
export type CellSpans = { text: string; starts: Int32Array; ends: Int32Array; count: number };

export function emptySpans(width: number): CellSpans {
  return { text: "", starts: new Int32Array(width), ends: new Int32Array(width), count: 0 };
}

/**
 * Cells held as strings (a JSON object's values, papaparse's cells) as spans of their concatenation;
 * an absent cell is blank. Fills `into` when it has room.
 *
 * @example spansOf(["t1", undefined, "3"]) // { text: "t13", starts: [0, 2, 2], ends: [2, 2, 3], count: 3 }
 */
export function spansOf(cells: readonly (string | undefined)[], into: CellSpans = emptySpans(cells.length)): CellSpans {
  const row = into.starts.length >= cells.length ? into : emptySpans(cells.length);
  let offset = 0;
  cells.forEach((cell, i) => {
    row.starts[i] = offset;
    offset += cell?.length ?? 0;
    row.ends[i] = offset;
  });
  row.text = cells.join("");
  row.count = cells.length;
  return row;
}

/** Cell i as a string (the slow path and messages). */
export function cellAt(row: CellSpans, i: number): string {
  return row.text.slice(int32At(row.starts, i), int32At(row.ends, i));
}

/*
 * Checked element access for the per-row loops (docs/architecture.md, "Numerical code fails loudly"):
 * at() from stats/checked serves every kind of array, which makes its element load megamorphic and
 * slowed a million rows several times over; one accessor per typed array stays monomorphic and inlined.
 */

/** Element i of an Int32Array; throws a RangeError outside it. */
export function int32At(items: Int32Array, i: number): number {
  const value = items[i];
  if (value === undefined) throw new RangeError(`Int32Array: no element at index ${i} (length ${items.length})`);
  return value;
}

/** Element i of a Float64Array; throws a RangeError outside it. */
export function float64At(items: Float64Array, i: number): number {
  const value = items[i];
  if (value === undefined) throw new RangeError(`Float64Array: no element at index ${i} (length ${items.length})`);
  return value;
}

/** A whole number written as 1 or 2 digits in text[start, end), else -1. */
export function smallIntAt(text: string, start: number, end: number): number {
  const length = end - start;
  if (length < 1 || length > 2) return -1;
  let value = 0;
  for (let i = start; i < end; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

const POWERS_OF_TEN = Float64Array.from({ length: 16 }, (_, k) => 10 ** k);

/**
 * A non-negative decimal written plainly in at most 15 digits in text[start, end) ("12", "0.0421"),
 * else -1 (anything else, such as "1e3" or " 2 ", is left to the schema). Exactly what Number() reads:
 * the digits and the power of ten are exact doubles, and one correctly rounded division gives the
 * double nearest the decimal, as parsing does.
 *
 * @example plainNumberAt("x,0.0421,", 2, 8) // 0.0421
 */
export function plainNumberAt(text: string, start: number, end: number): number {
  if (end - start > 16 || end <= start) return -1;
  let digits = 0;
  let decimals = -1;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code === 46 && decimals < 0 && i > start && i < end - 1) decimals = 0;
    else if (code < 48 || code > 57) return -1;
    else {
      digits = digits * 10 + (code - 48);
      if (decimals >= 0) decimals++;
    }
  }
  if (digits > Number.MAX_SAFE_INTEGER) return -1;
  return decimals > 0 ? digits / float64At(POWERS_OF_TEN, decimals) : digits;
}

/** The index of the word text[start, end) is in `words` (exactly, case and all), else -1. */
export function wordAt(text: string, start: number, end: number, words: readonly string[]): number {
  const length = end - start;
  let i = 0;
  for (const word of words) {
    if (word.length === length && text.startsWith(word, start)) return i;
    i++;
  }
  return -1;
}
