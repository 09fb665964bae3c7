import type { z } from "zod";
import type { Dataset } from "../data/dataset";
import { quoteValue } from "../data/cell-values";
import { DataError } from "../data/data-error";
import { cachedModels } from "../model/serving/fit-models";
import { CliUsageError, formatFlagHelp, parseFlags, type FlagSpec } from "./flags";
import { PredictFlagsSchema, predictFlags, runPredict } from "./predict-command";
import { PlanFlagsSchema, planFlags, runPlan } from "./plan-command";
import { ReproduceFlagsSchema, reproduceFlags, runReproduce } from "./reproduce-command";
import { ValidateFlagsSchema, validateFlags, runValidate } from "./validate-command";

/** What a command prints: stdout, or stdout with warnings for stderr (a run log's invalid rows), and the exit status when it is not 0 (a reproduction that misses a printed figure: 1). */
type Output = string | { stdout: string; stderr: string; status?: number };
type Command = { name: string; summary: string; flags: FlagSpec[]; run: (args: readonly string[], dataset: () => Dataset) => Output };

/** A command whose flags parse against `schema`; --help prints its help instead of running it. */
function defineCommand<S extends z.ZodType<{ help: boolean }>>(
  name: string,
  summary: string,
  flags: FlagSpec[],
  schema: S,
  run: (flags: z.output<S>, dataset: Dataset) => Output,
): Command {
  return {
    name,
    summary,
    flags,
    run: (args, dataset) => {
      const parsed = parseFlags(name, args, flags, schema);
      return parsed.help ? commandHelp(name) : run(parsed, dataset());
    },
  };
}

const COMMANDS: Command[] = [
  defineCommand("reproduce", "fit the paper's Eq. 1 and print its figures beside the published ones", reproduceFlags, ReproduceFlagsSchema, runReproduce),
  defineCommand(
    "validate",
    "validate the naive rule, the paper's model and the architect's model side by side",
    validateFlags,
    ValidateFlagsSchema,
    runValidate,
  ),
  defineCommand("predict", "predict success for every architecture on a task you describe", predictFlags, PredictFlagsSchema, (flags, dataset) =>
    runPredict(flags, dataset, () => cachedModels(dataset)),
  ),
  defineCommand("plan", "plan a pilot: which multi-agent design to run on how many tasks before you build", planFlags, PlanFlagsSchema, (flags, dataset) =>
    runPlan(flags, dataset, () => cachedModels(dataset)),
  ),
];

/** The top-level usage text. */
export function usage(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    "usage: npm run -s cli -- <command> [flags]",
    "",
    "commands:",
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    "",
    "Run a command with --help for its flags.",
  ].join("\n");
}

function commandHelp(name: string): string {
  const command = COMMANDS.find((c) => c.name === name);
  if (command === undefined) return usage();
  return [`usage: npm run -s cli -- ${command.name} [flags]`, "", command.summary, "", "flags:", ...formatFlagHelp(command.flags)].join("\n");
}

export type CliResult = { status: number; stdout: string; stderr: string };

/**
 * Runs the CLI on `argv` (the words after `cli --`) without touching the process: status 0 with the
 * output on stdout; 2 for usage errors (unknown command or flag, bad value), with the message and usage
 * on stderr; 1 when the stored data fail validation, or when `reproduce` misses a printed figure.
 */
export function runCli(argv: readonly string[], dataset: () => Dataset): CliResult {
  const [name, ...args] = argv;
  if (name === "--help" || name === "-h" || name === "help") return { status: 0, stdout: `${usage()}\n`, stderr: "" };
  const command = COMMANDS.find((c) => c.name === name);
  try {
    if (name === undefined) throw new CliUsageError("no command given");
    if (command === undefined) throw new CliUsageError(`unknown command ${quoteValue(name)} (commands: ${COMMANDS.map((c) => c.name).join(", ")})`);
    const output = command.run(args, dataset);
    return typeof output === "string"
      ? { status: 0, stdout: `${output}\n`, stderr: "" }
      : { status: output.status ?? 0, stdout: `${output.stdout}\n`, stderr: output.stderr };
  } catch (error) {
    if (error instanceof CliUsageError) {
      const help = error.command === undefined ? usage() : commandHelp(error.command);
      return { status: 2, stdout: "", stderr: `error: ${error.message}\n\n${help}\n` };
    }
    if (error instanceof DataError) return { status: 1, stdout: "", stderr: `${error.message}\n` };
    throw error;
  }
}
