import { parseArgs } from "node:util";
import { z } from "zod";
import { quoteValue } from "../data/cell-values";

/** A usage error: the CLI prints it with the usage text and exits with status 2. */
export class CliUsageError extends Error {
  constructor(
    message: string,
    readonly command?: string,
  ) {
    super(message);
    this.name = "CliUsageError";
  }
}

/** One flag of a command: `--name <value>` (string) or `--name` (boolean); a repeatable string flag collects its values in order. */
export type FlagSpec = { name: string; type: "string" | "boolean"; value?: string; description: string; repeatable?: boolean };

/** A word that reads as a flag rather than a value: "--tools", "-h"; a negative number ("-3", "-.5") is a value. */
function looksLikeFlag(word: string): boolean {
  return word.startsWith("--") || /^-[^0-9.]/.test(word);
}

/**
 * Parses `args` (the words after the command) against `flags` and validates the values with `schema`.
 * Every problem becomes a CliUsageError naming the flag, e.g. `--fit: expected one of v2, v3, got "v4"`.
 * A string flag followed by another flag lacks its value: `--tools --decomposability 0.5` is reported as
 * `--tools needs a value`, not as a stray "0.5". Flags and their values are checked before stray words,
 * so the first error names a flag whenever a flag is wrong.
 */
export function parseFlags<S extends z.ZodType>(command: string, args: readonly string[], flags: readonly FlagSpec[], schema: S): z.output<S> {
  const options = Object.fromEntries(flags.map((f) => [f.name, { type: f.type }]));
  const { tokens } = parseArgs({ args: [...args], options, strict: false, allowPositionals: true, tokens: true });
  const values: Record<string, string | boolean | string[]> = {};
  const strays: string[] = [];
  for (const token of tokens) {
    if (token.kind === "positional") strays.push(token.value);
    if (token.kind !== "option") continue;
    const spec = flags.find((f) => f.name === token.name);
    if (spec === undefined) {
      throw new CliUsageError(`unknown flag ${quoteValue(token.rawName)} for "${command}" (flags: ${flags.map((f) => `--${f.name}`).join(", ")})`, command);
    }
    if (spec.type === "boolean" && token.value !== undefined) throw new CliUsageError(`--${spec.name} takes no value`, command);
    const swallowed = token.inlineValue === false && token.value !== undefined && looksLikeFlag(token.value);
    if (spec.type === "string" && (token.value === undefined || token.value === "" || swallowed)) {
      throw new CliUsageError(`--${spec.name} needs a value: ${spec.value ?? "value"}`, command);
    }
    if (spec.repeatable === true && token.value !== undefined) {
      const seen = values[spec.name];
      values[spec.name] = [...(Array.isArray(seen) ? seen : []), token.value];
      continue;
    }
    if (spec.name in values) throw new CliUsageError(`--${spec.name} given twice`, command);
    values[spec.name] = token.value ?? true;
  }
  const result = schema.safeParse(values, { reportInput: true });
  if (!result.success) {
    const issue = result.error.issues[0];
    const flag = issue?.path[0] === undefined ? "" : `--${String(issue.path[0])}: `;
    throw new CliUsageError(`${flag}${issue?.message ?? "invalid flags"}`, command);
  }
  const stray = strays[0];
  if (stray !== undefined) throw new CliUsageError(`unexpected argument ${quoteValue(stray)} for "${command}"`, command);
  return result.data;
}

/** Formats a command's flags as help lines, e.g. "  --fit v2|v3   which row set to fit". */
export function formatFlagHelp(flags: readonly FlagSpec[]): string[] {
  const left = flags.map((f) => `--${f.name}${f.value ? ` ${f.value}` : ""}`);
  const width = Math.max(...left.map((l) => l.length));
  return flags.map((f, i) => `  ${(left[i] ?? "").padEnd(width)}  ${f.description}`);
}

/** The --json and --help flags every command has, and their schema fields. */
export const OUTPUT_FLAGS: FlagSpec[] = [
  { name: "json", type: "boolean", description: "print one JSON object and nothing else" },
  { name: "help", type: "boolean", description: "show this help" },
];
export const outputFlagFields = { json: z.boolean().default(false), help: z.boolean().default(false) };
