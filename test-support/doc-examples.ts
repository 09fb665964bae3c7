/**
 * Reads the `@example` lines of doc comments and checks each against the value it states, so a doc
 * comment is its own test (as simple-statistics keeps its docs honest). An example is
 *
 *     CODE // VALUE [REMARK]
 *
 * on the tag's line, continued by comment lines that start with `//` (joined by a newline). CODE is
 * TypeScript: expressions, or statements separated by `;` whose last is the expression shown. VALUE is a
 * literal pattern: numbers, strings, true/false/null/undefined, arrays, objects and `Map { k => v }`,
 * where `≈ 0.51` holds to the decimals written, `1.386...` to the digits shown, and `...` in an array or
 * an object leaves the rest unchecked (a prefix of the array, a subset of the object's keys). REMARK is any text after the pattern; a trailing `(to 1e-12)`
 * sets the tolerance of every number, `(to 4 decimals)` their decimals.
 */

export type DocExample = { file: string; line: number; text: string };

/** A parsed VALUE. */
export type Pattern =
  | { kind: "number"; value: number; decimals: number; tolerance: number }
  | { kind: "literal"; value: string | boolean | null | undefined }
  | { kind: "array"; items: Pattern[]; open: boolean }
  | { kind: "object"; entries: [string, Pattern][]; open: boolean }
  | { kind: "map"; entries: [Pattern, Pattern][]; open: boolean };

/** The @example texts of a source file, with the line each starts on. */
export function docExamples(file: string, text: string): DocExample[] {
  const lines = text.split("\n");
  return lines.flatMap((line, i) => {
    if (!line.includes("@example")) return [];
    const match = /^\s*(?:\/\*\*)?\s*\*?\s*@example\s+(.*?)\s*(?:\*\/)?\s*$/.exec(line);
    const parts = [match?.[1] ?? ""];
    for (const next of lines.slice(i + 1)) {
      const continued = /^\s*\*\s*(\/\/.*?)\s*$/.exec(next);
      if (continued?.[1] === undefined) break;
      parts.push(continued[1]);
    }
    return [{ file, line: i + 1, text: parts.join("\n") }];
  });
}

/** Where a string, template or comment-free scan of JavaScript is at top level: outside strings and brackets. */
function topLevel(code: string, visit: (index: number, depth: number) => boolean | void): void {
  let depth = 0;
  let quote: string | null = null;
  for (let i = 0; i < code.length; i++) {
    const c = code[i];
    if (quote !== null) {
      if (c === "\\") i += 1;
      else if (c === quote) quote = null;
      continue;
    }
    if (c === '"' || c === "'" || c === "`") quote = c;
    else if (c === "(" || c === "[" || c === "{") depth += 1;
    else if (c === ")" || c === "]" || c === "}") depth -= 1;
    else if (visit(i, depth) === true) return;
  }
}

/** Splits an example into its code and its stated value at the first `//` outside strings and brackets. */
export function splitExample(text: string): { code: string; value: string } | null {
  let at = -1;
  topLevel(text, (i, depth) => {
    if (depth === 0 && text.startsWith("//", i)) {
      at = i;
      return true;
    }
  });
  if (at < 0) return null;
  const value = text
    .slice(at + 2)
    .split("\n")
    .map((l) => l.replace(/^\s*\/\/\s?/, ""))
    .join("\n")
    .trim();
  return { code: text.slice(0, at).trim(), value };
}

/** The statements of CODE and its last expression: `a; b; c` gives `a; b;` and `c`. */
export function statementsAndValue(code: string): { statements: string; expression: string } {
  let last = -1;
  topLevel(code, (i, depth) => {
    if (depth === 0 && code[i] === ";") last = i;
  });
  return last < 0 ? { statements: "", expression: code } : { statements: code.slice(0, last + 1), expression: code.slice(last + 1).trim() };
}

class PatternReader {
  private i = 0;
  constructor(private readonly text: string) {}

  private space(): void {
    while (this.i < this.text.length && /\s/.test(this.text[this.i] ?? "")) this.i += 1;
  }

  private take(token: string): boolean {
    this.space();
    if (!this.text.startsWith(token, this.i)) return false;
    this.i += token.length;
    return true;
  }

  private expect(token: string): void {
    if (!this.take(token)) throw new SyntaxError(`expected "${token}" at ${this.i} of ${JSON.stringify(this.text)}`);
  }

  /** The text after the pattern. */
  rest(): string {
    return this.text.slice(this.i).trim();
  }

  read(): Pattern {
    this.space();
    const approx = this.take("≈");
    this.space();
    const number = /^-?(\d+\.?\d*(?:e-?\d+)?)(\.\.\.)?/.exec(this.text.slice(this.i));
    if (number !== null && number[0] !== "-") {
      this.i += number[0].length;
      const digits = (number[1] ?? "").split(".")[1]?.replace(/e.*$/, "").length ?? 0;
      const shown = Number(number[0].replace("...", ""));
      // ≈ x holds to half a unit of its last decimal; x... to the digits shown; a plain number exactly.
      const tolerance = number[2] !== undefined ? 10 ** -digits : approx ? 0.5 * 10 ** -digits : 0;
      return { kind: "number", value: shown, decimals: digits, tolerance: tolerance + (tolerance > 0 ? 1e-12 : 0) };
    }
    if (approx) {
      // ≈ before an array or object: each number in it holds to the decimals written.
      const c = this.text[this.i];
      if (c !== "[" && c !== "{") throw new SyntaxError(`"≈" without a number, array or object in ${JSON.stringify(this.text)}`);
      return withTolerance(this.read(), (_, decimals) => 0.5 * 10 ** -decimals + 1e-12);
    }
    const c = this.text[this.i];
    if (c === '"' || c === "'") return { kind: "literal", value: this.string(c) };
    for (const [word, value] of [
      ["true", true],
      ["false", false],
      ["null", null],
      ["undefined", undefined],
    ] as const) {
      if (this.text.startsWith(word, this.i) && !/[\w$]/.test(this.text[this.i + word.length] ?? "")) {
        this.i += word.length;
        return { kind: "literal", value };
      }
    }
    if (this.take("[")) {
      const items: Pattern[] = [];
      let open = false;
      while (!this.take("]")) {
        if (this.take("...")) open = true;
        else items.push(this.read());
        if (!this.take(",")) {
          this.expect("]");
          break;
        }
      }
      return { kind: "array", items, open };
    }
    if (this.take("Map {")) {
      const entries: [Pattern, Pattern][] = [];
      let open = false;
      while (!this.take("}")) {
        if (this.take("...")) open = true;
        else {
          const key = this.read();
          this.expect("=>");
          entries.push([key, this.read()]);
        }
        if (!this.take(",")) {
          this.expect("}");
          break;
        }
      }
      return { kind: "map", entries, open };
    }
    if (this.take("{")) {
      const entries: [string, Pattern][] = [];
      let open = false;
      while (!this.take("}")) {
        if (this.take("...")) open = true;
        else {
          this.space();
          const q = this.text[this.i];
          const key = q === '"' || q === "'" ? this.string(q) : this.identifier();
          this.expect(":");
          entries.push([key, this.read()]);
        }
        if (!this.take(",")) {
          this.expect("}");
          break;
        }
      }
      return { kind: "object", entries, open };
    }
    throw new SyntaxError(`no value at ${this.i} of ${JSON.stringify(this.text)}`);
  }

  private identifier(): string {
    const match = /^[A-Za-z_$][\w$]*/.exec(this.text.slice(this.i));
    if (match === null) throw new SyntaxError(`expected a key at ${this.i} of ${JSON.stringify(this.text)}`);
    this.i += match[0].length;
    return match[0];
  }

  private string(quote: string): string {
    let out = "";
    this.i += 1;
    while (this.i < this.text.length && this.text[this.i] !== quote) {
      if (this.text[this.i] === "\\") {
        const next = this.text[this.i + 1] ?? "";
        out += next === "n" ? "\n" : next;
        this.i += 2;
      } else {
        out += this.text[this.i];
        this.i += 1;
      }
    }
    if (this.text[this.i] !== quote) throw new SyntaxError(`unclosed string in ${JSON.stringify(this.text)}`);
    this.i += 1;
    return out;
  }
}

/** Sets every number of a pattern to an absolute tolerance (`(to 1e-12)`) or to its decimals (`(to 4 decimals)`). */
function withTolerance(p: Pattern, tolerance: (value: number, decimals: number) => number): Pattern {
  switch (p.kind) {
    case "number":
      return { ...p, tolerance: Math.max(p.tolerance, tolerance(p.value, p.decimals)) };
    case "array":
      return { ...p, items: p.items.map((q) => withTolerance(q, tolerance)) };
    case "object":
      return { ...p, entries: p.entries.map(([k, q]) => [k, withTolerance(q, tolerance)]) };
    case "map":
      return { ...p, entries: p.entries.map(([k, q]) => [k, withTolerance(q, tolerance)]) };
    default:
      return p;
  }
}

/**
 * The pattern a stated value holds, and the remark after it.
 *
 * @example parseValue("≈ 0.51 (the peak)").pattern // { kind: "number", value: 0.51, decimals: 2, tolerance: ≈ 0.005 }
 */
export function parseValue(value: string): { pattern: Pattern; remark: string } {
  const reader = new PatternReader(value);
  let pattern = reader.read();
  const remark = reader.rest();
  const absolute = /^\(to (\d(?:\.\d+)?e-\d+)\)/.exec(remark);
  const decimals = /^\(to (\d+) decimals?\)/.exec(remark);
  if (absolute?.[1] !== undefined) pattern = withTolerance(pattern, () => Number(absolute[1]));
  else if (decimals?.[1] !== undefined) pattern = withTolerance(pattern, () => 0.5 * 10 ** -Number(decimals[1]) + 1e-12);
  return { pattern, remark };
}

/** Where `actual` differs from the pattern (a path and what differs), or null when it holds. */
export function mismatch(actual: unknown, p: Pattern, path = "value"): string | null {
  switch (p.kind) {
    case "number": {
      const n = actual instanceof Number ? actual.valueOf() : actual;
      if (typeof n !== "number") return `${path}: ${show(actual)} is not a number`;
      return Math.abs(n - p.value) <= p.tolerance || Object.is(n, p.value)
        ? null
        : `${path}: ${n} is not ${p.value}${p.tolerance > 0 ? ` ± ${p.tolerance.toPrecision(2)}` : ""}`;
    }
    case "literal":
      return actual === p.value ? null : `${path}: ${show(actual)} is not ${show(p.value)}`;
    case "array": {
      const items = ArrayBuffer.isView(actual) && !(actual instanceof DataView) ? Array.from(actual as unknown as ArrayLike<unknown>) : actual;
      if (!Array.isArray(items)) return `${path}: ${show(actual)} is not an array`;
      if (p.open ? items.length < p.items.length : items.length !== p.items.length)
        return `${path}: ${items.length} items, expected ${p.open ? "at least " : ""}${p.items.length}`;
      for (const [i, q] of p.items.entries()) {
        const m = mismatch(items[i], q, `${path}[${i}]`);
        if (m !== null) return m;
      }
      return null;
    }
    case "object": {
      if (typeof actual !== "object" || actual === null) return `${path}: ${show(actual)} is not an object`;
      const record = actual as Record<string, unknown>;
      const keys = Object.keys(record).filter((k) => record[k] !== undefined);
      const stated = new Set(p.entries.map(([k]) => k));
      if (!p.open) {
        const extra = keys.filter((k) => !stated.has(k));
        if (extra.length > 0) return `${path}: unstated keys ${extra.join(", ")} (write ... to leave them unchecked)`;
      }
      for (const [k, q] of p.entries) {
        const m = mismatch(record[k], q, `${path}.${k}`);
        if (m !== null) return m;
      }
      return null;
    }
    case "map": {
      if (!(actual instanceof Map)) return `${path}: ${show(actual)} is not a Map`;
      if (!p.open && actual.size !== p.entries.length) return `${path}: ${actual.size} entries, expected ${p.entries.length}`;
      for (const [k, q] of p.entries) {
        if (k.kind !== "literal" && k.kind !== "number") return `${path}: a Map key must be a plain value`;
        const m = mismatch(actual.get(k.value), q, `${path}.get(${show(k.value)})`);
        if (m !== null) return m;
      }
      return null;
    }
  }
}

function show(value: unknown): string {
  if (value === undefined) return "undefined";
  try {
    const text = JSON.stringify(value);
    return text === undefined ? String(value) : text.length > 200 ? `${text.slice(0, 200)}…` : text;
  } catch {
    return String(value);
  }
}

/** The names CODE reads from outside itself: identifiers not after a dot, not object keys, not keywords. */
export function freeNames(code: string): string[] {
  const stripped = code.replace(/(["'`])(?:\\.|(?!\1).)*\1/g, '""').replaceAll("...", " ");
  const names = new Set<string>();
  for (const m of stripped.matchAll(/(?<![.\w$])([A-Za-z_$][\w$]*)(?![\w$])(?!\s*:(?!:))/g)) if (m[1] !== undefined && !KEYWORDS.has(m[1])) names.add(m[1]);
  return [...names];
}

const KEYWORDS = new Set([
  "const",
  "let",
  "var",
  "new",
  "return",
  "typeof",
  "instanceof",
  "in",
  "of",
  "true",
  "false",
  "null",
  "undefined",
  "void",
  "function",
  "if",
  "else",
  "for",
  "while",
  "as",
  "string",
  "number",
  "boolean",
  "unknown",
  "Array",
  "Map",
  "Set",
  "Math",
  "Number",
  "String",
  "JSON",
  "Object",
  "Float64Array",
  "TextEncoder",
  "Infinity",
  "NaN",
  "Date",
]);
