import Papa from "papaparse";
import { emptySpans, spansOf, type CellSpans } from "./cell-spans";

/*
 * An incremental CSV reader: text goes in as it arrives (any chunk boundaries), rows come out with
 * their 1-based line number in the file. papaparse guesses the delimiter and line ending from the
 * header line alone (the delimiter that splits it into the most cells: rows after it may be any junk,
 * and papaparse's own guess over ten lines let a few junk rows with "|" in them outvote the header's
 * commas) and parses every stretch of text that holds a quote character (quoted cells, escaped
 * quotes, line breaks inside cells, its error messages). A stretch without any quote character is cut
 * at delimiters and line breaks directly: that is what papaparse itself does for such text (its "fast
 * mode", `input.split(newline)` then `row.split(delimiter)`), minus its per-row result objects, which
 * made 1M rows take about 3 s here against a budget of 2 s for parsing and aggregating
 * (scripts/bench-run-log.ts). A test holds both paths to the same rows.
 */

export type CsvHandlers = {
  /** The header's cells and line; return false to stop reading (an unusable header). */
  onHeader(cells: readonly string[], line: number): boolean;
  /** A row with exactly the header's number of cells, as spans. Reused: read it during the call. */
  onRow(row: CellSpans, line: number): void;
  /** A row that could not be read as the header's cells. */
  onBadRow(line: number, reason: string): void;
};

export type CsvReader = { push(text: string): void; end(): void; readonly headerSeen: boolean };

const QUOTE = '"';
const DELIMITERS = [",", "\t", ";", "|"];
/** The most of the header papaparse reads (an unclosed quote in it would otherwise take in the whole file). */
const HEADER_CHARS = 64 * 1024;

/**
 * Reads CSV text pushed in chunks of any size. Blank lines, and rows whose every cell is blank, are
 * skipped but counted in line numbers; a row with another cell count than the header's is bad.
 *
 * @example const rows: string[][] = []; const csv = createCsvReader({ onHeader: () => true, onRow: (r) => rows.push([cellAt(r, 0), cellAt(r, 1)]), onBadRow: () => {} }); csv.push("a;b\n1;"); csv.push("2\n"); csv.end(); rows
 * // [["1", "2"]]
 */
export function createCsvReader(handlers: CsvHandlers): CsvReader {
  let carry = "";
  let line = 1;
  let width = -1;
  let stopped = false;
  let delimiter = ",";
  let newline: "\n" | "\r\n" | "\r" = "\n";
  let row = emptySpans(0);

  /** A row of another width than the header's: bad unless every cell is blank (`blank`). */
  const otherWidth = (count: number, blank: boolean) => {
    if (!blank) handlers.onBadRow(line, `expected ${width} cells (the header's), got ${count}`);
  };

  /** Finds the cells of text[from, to) (one row, no quotes) as spans. */
  const splitRow = (text: string, from: number, to: number) => {
    row.text = text;
    let count = 0;
    let p = from;
    for (;;) {
      const d = text.indexOf(delimiter, p);
      const last = d < 0 || d >= to;
      if (count < width) {
        row.starts[count] = p;
        row.ends[count] = last ? to : d;
      }
      count++;
      if (last) break;
      p = d + delimiter.length;
    }
    row.count = Math.min(count, width);
    if (count === width) handlers.onRow(row, line);
    else
      otherWidth(
        count,
        text
          .slice(from, to)
          .split(delimiter)
          .every((c) => c.trim() === ""),
      );
  };

  const quoteFreeRows = (text: string, from: number, to: number) => {
    let pos = from;
    while (pos < to) {
      let end = text.indexOf(newline, pos);
      if (end < 0 || end > to) end = to;
      splitRow(text, pos, end);
      line++;
      pos = end + newline.length;
    }
  };

  const papaRows = (text: string) => {
    let offset = 0;
    Papa.parse<string[]>(text, {
      delimiter,
      newline,
      quoteChar: QUOTE,
      header: false,
      skipEmptyLines: false,
      step: (results) => {
        const firstError = results.errors[0];
        if (firstError !== undefined) handlers.onBadRow(line, firstError.message);
        else {
          const cells = results.data;
          row = spansOf(cells.slice(0, width), row);
          if (cells.length === width) handlers.onRow(row, line);
          else
            otherWidth(
              cells.length,
              cells.every((c) => c.trim() === ""),
            );
        }
        line += countOf(text, newline, offset, results.meta.cursor);
        offset = results.meta.cursor;
      },
    });
  };

  const readHeader = (final: boolean): boolean => {
    let start = 0;
    while (start < carry.length && /\s/.test(carry.charAt(start))) start++;
    if (start === carry.length) return false;
    const end = firstRowEnd(carry, start);
    // A header ending in "\r" may go on with "\n" in the next chunk.
    if (!final && (end < 0 || (end === carry.length && carry.endsWith("\r")))) return false;
    // The header line alone: papaparse then picks, of the delimiters that split it, the one giving most cells.
    const sample = Papa.parse<string[]>(carry.slice(start, Math.min(end < 0 ? carry.length : end, start + HEADER_CHARS)), {
      preview: 1,
      delimitersToGuess: DELIMITERS,
      skipEmptyLines: true,
    });
    delimiter = sample.meta.delimiter;
    newline = sample.meta.linebreak === "\r\n" || sample.meta.linebreak === "\r" ? sample.meta.linebreak : "\n";
    line += countOf(carry, newline, 0, start);
    const header = sample.data[0] ?? [];
    width = header.length;
    row = emptySpans(width);
    stopped = !handlers.onHeader(header, line);
    carry = end < 0 ? "" : carry.slice(end);
    line++;
    return !stopped;
  };

  const drain = (final: boolean) => {
    if (stopped) return;
    if (width < 0 && !readHeader(final)) return;
    const cut = final ? carry.length : lastRowEnd(carry, newline);
    if (cut === 0) return;
    const quoted = carry.indexOf(QUOTE);
    if (quoted < 0 || quoted >= cut) quoteFreeRows(carry, 0, cut);
    else papaRows(carry.slice(0, cut));
    carry = carry.slice(cut);
  };

  return {
    push(text) {
      carry += line === 1 && carry === "" ? text.replace(/^\uFEFF/, "") : text;
      drain(false);
    },
    end() {
      drain(true);
      carry = "";
    },
    get headerSeen() {
      return width >= 0;
    },
  };
}

/** Occurrences of `needle` in text[from, to). */
function countOf(text: string, needle: string, from: number, to: number): number {
  let count = 0;
  for (let i = text.indexOf(needle, from); i >= 0 && i < to; i = text.indexOf(needle, i + needle.length)) count++;
  return count;
}

/**
 * Where the text's last complete row ends (after its line break), 0 when none does: a line break
 * counts only outside quotes, i.e. after an even number of quote characters (RFC 4180 doubles a
 * quote inside a quoted cell, so the parity holds).
 */
function lastRowEnd(text: string, newline: string): number {
  const last = text.lastIndexOf(newline);
  if (last < 0) return 0;
  if (text.indexOf(QUOTE) < 0) return last + newline.length;
  let inQuotes = false;
  let cut = 0;
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) === 34) inQuotes = !inQuotes;
    else if (!inQuotes && text.startsWith(newline, i)) cut = i + newline.length;
  }
  return cut;
}

/** The end of the first row from `start` (after any line break outside quotes), -1 when the text holds none yet. */
function firstRowEnd(text: string, start: number): number {
  let inQuotes = false;
  for (let i = start; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 34) inQuotes = !inQuotes;
    else if (!inQuotes && (code === 10 || code === 13)) return code === 13 && text.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
  }
  return -1;
}
