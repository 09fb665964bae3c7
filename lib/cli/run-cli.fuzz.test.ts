import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import type { Dataset } from "../data/dataset";
import { loadDataset } from "../data/load";
import { fuzzSettings } from "../fuzz-settings";
import { quoteValue } from "../data/cell-values";
import type { FlagSpec } from "./flags";
import { planFlags } from "./plan-command";
import { predictFlags } from "./predict-command";
import { reproduceFlags } from "./reproduce-command";
import { runCli } from "./run-cli";
import { validateFlags } from "./validate-command";

const COMMANDS: Record<string, FlagSpec[]> = { predict: predictFlags, plan: planFlags, reproduce: reproduceFlags, validate: validateFlags };

/** Thrown by the dataset thunk: the flags parsed and the command would run (validate runs for a minute, so the parser is fuzzed alone). */
class WouldRun extends Error {}
const wouldRun = (): Dataset => {
  throw new WouldRun();
};

/** Words of an argv: the commands' own flags (with = or not), unknown and short flags, numbers, ids, any text. */
function wordArbitrary(flags: readonly FlagSpec[]): fc.Arbitrary<string> {
  const flag = fc.constantFrom(...flags.map((f) => `--${f.name}`));
  return fc.oneof(
    { weight: 4, arbitrary: flag },
    { weight: 1, arbitrary: fc.tuple(flag, fc.string({ maxLength: 8 })).map(([f, v]) => `${f}=${v}`) },
    { weight: 1, arbitrary: fc.constantFrom("--", "-", "-h", "--help", "-x", "-abc", "--nope", "--json", "--tools=", "--=", "---x") },
    {
      weight: 3,
      arbitrary: fc.oneof(
        fc.double().map(String),
        fc.integer({ min: -5, max: 100 }).map(String),
        fc.constantFrom("0.5", "v2", "v3", "single", "centralized", "hybrid:3:5/10", "single:3/10", "gpt-5", "architect"),
      ),
    },
    { weight: 2, arbitrary: fc.string({ maxLength: 20 }) },
  );
}

const argvArbitrary = fc
  .oneof(fc.constantFrom(...Object.keys(COMMANDS)), fc.string({ maxLength: 10 }))
  .chain((command) =>
    fc
      .array(wordArbitrary(Object.hasOwn(COMMANDS, command) ? (COMMANDS[command] ?? predictFlags) : predictFlags), { maxLength: 8 })
      .map((words) => [command, ...words]),
  );

/**
 * Whether an error line names something the argv holds: a flag it gave, a word it gave (quoted as
 * messages quote), or no command. A stray word must really be one: not the value of the string flag
 * just before it (`predict --tools --decomposability 0.5` once blamed "0.5" for --tools' missing value).
 */
function namesOffender(line: string, argv: readonly string[]): boolean {
  if (argv.length === 0) return line === "error: no command given";
  if (line.startsWith("error: unexpected argument ")) {
    // The word may stand twice (`predict --tools 85 85`): the stray one is any copy not a string flag's value.
    const stringFlags = (Object.hasOwn(COMMANDS, argv[0] ?? "") ? (COMMANDS[argv[0] ?? ""] ?? []) : [])
      .filter((f) => f.type === "string")
      .map((f) => `--${f.name}`);
    return argv.some((w, k) => k > 0 && line.startsWith(`error: unexpected argument ${quoteValue(w)} `) && !stringFlags.includes(argv[k - 1] ?? ""));
  }
  const flag = /^error: (--[a-z-]+)(?::| needs a value| takes no value| given twice)/.exec(line)?.[1];
  if (flag !== undefined) return argv.some((w) => w === flag || w.startsWith(`${flag}=`));
  return argv.some((w) => line.includes(quoteValue(w)) || line.includes(quoteValue(w.split("=")[0] ?? w))) || /unknown flag "-[a-zA-Z]"/.test(line);
}

test("a word repeated after a flag's value is the stray one (seed -234016427 found the checker blaming the value)", () => {
  const argv = ["predict", "--tools", "85", "85"];
  const result = runCli(argv, wouldRun);
  assert.equal(result.status, 2);
  assert.ok(namesOffender(result.stderr.split("\n")[0] ?? "", argv));
});

test("fuzz: any argv makes the CLI exit 2 naming the offending flag or word, or accept its flags; never a throw", () => {
  let accepted = 0;
  fc.assert(
    fc.property(argvArbitrary, (argv) => {
      let result;
      try {
        result = runCli(argv, wouldRun);
      } catch (error) {
        if (error instanceof WouldRun) {
          accepted++;
          return;
        }
        throw error;
      }
      assert.ok(result.status === 0 || result.status === 2, `status ${result.status} for ${JSON.stringify(argv)}`);
      if (result.status === 2) {
        const line = result.stderr.split("\n")[0] ?? "";
        assert.ok(namesOffender(line, argv), `${JSON.stringify(argv)}: ${line}`);
        assert.equal(result.stdout, "");
      }
    }),
    fuzzSettings(1000),
  );
  assert.ok(accepted > 0, "some argv parse (the generator reaches valid flags)");
});

test("fuzz: predict with any of its flags exits 0 or 2, run on the stored data", () => {
  const dataset = loadDataset();
  const flags = predictFlags.filter((f) => f.name !== "runs");
  fc.assert(
    fc.property(fc.array(wordArbitrary(flags), { maxLength: 6 }), (words) => {
      const result = runCli(["predict", ...words], () => dataset);
      assert.ok(result.status === 0 || result.status === 2, `status ${result.status} for ${JSON.stringify(words)}`);
      if (result.status === 0) assert.equal(result.stderr, "");
    }),
    fuzzSettings(60),
  );
});
