import { closeSync, constants, fstatSync, openSync, readSync, statSync } from "node:fs";
import { z } from "zod";
import { pilotAgentRange } from "../model/predict/pilot-runs";
import { parseColumnMapping, type ColumnMapping } from "../pilots/columns";
import { CHUNK_SIZE, createRunLogUpload, MAX_RUN_LOG_BYTES } from "../pilots/parse-run-log";
import type { ChosenDesign, RunLogSummary } from "../pilots/run-log";
import { PILOT_ARCHITECTURES, type PilotArchitecture } from "../pilots/run-log-schema";
import { parameter } from "../scenario/parameters";
import { decodePilots, encodePilots, pilotsByModel, pilotsFromRunLog } from "../scenario/pilots";
import { type ScenarioStrings } from "../scenario/scenario";
import { pilotChoices, type ScenarioChoices } from "../scenario/choices";
import { runLogPlace } from "../views/run-log-words";
import { CliUsageError, type FlagSpec } from "./flags";
import { counted } from "../format/words";

/*
 * `--runs FILE[=ARCHITECTURE[:AGENTS]][@MODEL]` (repeatable) and its companions for predict and plan:
 * each file is a run log (CSV, JSON Lines, an Inspect .eval or .json log, OpenTelemetry traces) read
 * by lib/pilots, the code the page's upload runs; all of them make one upload, so logs of different
 * designs on the same samples pair. Only regular files are read (a device or a pipe could be endless
 * or block), none larger than MAX_RUN_LOG_BYTES, in chunks.
 */

/** The run-log flags predict and plan take. */
export const RUN_LOG_FLAGS: FlagSpec[] = [
  {
    name: "runs",
    type: "string",
    value: "FILE[=ARCH[:AGENTS]][@MODEL]",
    repeatable: true,
    description:
      "a log of your pilots (CSV or JSON Lines per task or per design, an Inspect .eval or .json log, OpenTelemetry OTLP JSON traces); repeatable, one per design: each design becomes a pilot with its measured turns, tokens, time and cost. =ARCH[:AGENTS] is the design of a log that names none; @MODEL the model it ran with, if not the one it names; invalid rows are listed on stderr",
  },
  {
    name: "map",
    type: "string",
    value: "FIELD=COLUMN,...",
    description: "which column of a CSV or JSON Lines log is which field, where the usual names miss it (e.g. task=instance_id,solved=resolved)",
  },
  {
    name: "score-threshold",
    type: "string",
    value: "NUMBER",
    description: "a numeric score at or above this counts as solved (Inspect scores, score columns); default 1",
  },
  { name: "partial", type: "string", value: "unsolved|solved", description: 'what an Inspect "P" (partial) score counts as; default unsolved' },
  {
    name: "success-attribute",
    type: "string",
    value: "NAME",
    description: "the span attribute saying whether a trace's task was solved (OpenTelemetry); default task.success",
  },
];

/** Their zod fields, for the command's schema. */
export const runLogFlagFields = {
  runs: z.array(z.string()).optional(),
  map: z.string().optional(),
  "score-threshold": z.string().optional(),
  partial: z.enum(["unsolved", "solved"]).default("unsolved"),
  "success-attribute": z.string().max(200).default("task.success"),
};

type RunLogFlags = { runs?: string[]; map?: string; "score-threshold"?: string; partial?: "unsolved" | "solved"; "success-attribute"?: string };

/** One `--runs` value: the file and, when given, the design and model it ran. */
export type RunsSpec = { path: string; design: ChosenDesign | null; model: string | null };

const SPEC = /^(?:([a-z]+)(?::(\d{1,2}))?)?(?:@([A-Za-z0-9][A-Za-z0-9._:/-]{0,99}))?$/;

/**
 * Reads a `--runs` value: FILE, or FILE=ARCHITECTURE[:AGENTS] and/or @MODEL after the last "=" (agents
 * default to the architecture's measured count). A value whose part after "=" is no design stays one
 * path, so a file name holding "=" still opens.
 *
 * @example parseRunsValue("team.eval=centralized:4", { centralized: 4 }) // { ok: true, spec: { path: "team.eval", design: { architecture: "centralized", agents: 4 }, model: null } }
 */
export function parseRunsValue(value: string, measuredAgents: Readonly<Record<string, number>>): { ok: true; spec: RunsSpec } | { ok: false; message: string } {
  const equals = value.lastIndexOf("=");
  const match = equals < 0 ? null : SPEC.exec(value.slice(equals + 1));
  if (equals <= 0 || match === null || value.slice(equals + 1) === "") return { ok: true, spec: { path: value, design: null, model: null } };
  const [, architecture, agentsText, model] = match;
  const path = value.slice(0, equals);
  if (architecture === undefined) return { ok: true, spec: { path, design: null, model: model ?? null } };
  if (!(PILOT_ARCHITECTURES as readonly string[]).includes(architecture))
    return { ok: false, message: `${path}: architecture expected one of ${PILOT_ARCHITECTURES.join(", ")}, got "${architecture}"` };
  const agents = agentsText === undefined ? (measuredAgents[architecture] ?? 1) : Number(agentsText);
  const [low, high] = pilotAgentRange(architecture);
  if (agents < low || agents > high)
    return { ok: false, message: `${path}: agents expected an integer in [${low}, ${high}] for ${architecture}, got ${agents}` };
  return { ok: true, spec: { path, design: { architecture: architecture as PilotArchitecture, agents }, model: model ?? null } };
}

/** Reads the files of `--runs` into one summary; a path that is not a readable regular file, or is too large, is a usage error. */
export function readRunLogs(
  specs: readonly RunsSpec[],
  mapping: ColumnMapping,
  flags: RunLogFlags,
  measuredAgents: Readonly<Record<string, number>>,
  command: string,
): RunLogSummary {
  const threshold = flags["score-threshold"] === undefined ? 1 : Number(flags["score-threshold"]);
  if (!Number.isFinite(threshold) || flags["score-threshold"]?.trim() === "")
    throw new CliUsageError(`--score-threshold: expected a number, got "${flags["score-threshold"]}"`, command);
  const upload = createRunLogUpload({
    rules: {
      score: { threshold, partialSolved: flags.partial === "solved" },
      defaultAgents: measuredAgents,
      successAttribute: flags["success-attribute"] ?? "task.success",
    },
  });
  for (const spec of specs) {
    const fail = (why: string) => new CliUsageError(`--runs: cannot read ${spec.path} (${why})`, command);
    let size: number;
    try {
      // stat before open: opening a named pipe with no writer would block.
      const stat = statSync(spec.path);
      if (!stat.isFile()) throw fail("not a regular file: a device, a pipe or a folder cannot be a log");
      size = stat.size;
    } catch (error) {
      if (error instanceof CliUsageError) throw error;
      throw fail(error instanceof Error ? error.message : String(error));
    }
    if (size > MAX_RUN_LOG_BYTES)
      throw fail(`${Math.round(size / 1024 / 1024)} MB, larger than the ${MAX_RUN_LOG_BYTES / 1024 / 1024} MB a log may be: split it`);
    let fd: number;
    try {
      fd = openSync(spec.path, constants.O_RDONLY | constants.O_NONBLOCK);
    } catch (error) {
      throw fail(error instanceof Error ? error.message : String(error));
    }
    try {
      if (!fstatSync(fd).isFile()) throw fail("not a regular file");
      const reader = upload.file({ name: spec.path, settings: { mapping, design: spec.design, model: spec.model } }, size);
      const buffer = new Uint8Array(CHUNK_SIZE);
      let total = 0;
      for (let read = readSync(fd, buffer); read > 0; read = readSync(fd, buffer)) {
        total += read;
        // A file that grows while it is read stops at the cap; the reader says why.
        reader.push(buffer.slice(0, read));
        if (total > MAX_RUN_LOG_BYTES) break;
      }
      reader.end();
    } finally {
      closeSync(fd);
    }
  }
  return upload.summary();
}

/** A run log's invalid rows for stderr, file by file: place, field, reason; then how many more. */
export function runLogWarnings(log: RunLogSummary): string[] {
  const lines: string[] = [];
  for (const file of log.files) {
    const errors = log.errors.filter((e) => e.file === file.name);
    if (file.rows.invalid === 0 && errors.length === 0) continue;
    lines.push(
      `${file.name}: ${counted(file.rows.valid, "valid row")} kept, ${file.rows.invalid} invalid:`,
      ...errors.map((e) => `  ${runLogPlace(e)}, ${e.field}: ${e.reason}`),
    );
  }
  if (log.moreErrors > 0) lines.push(`  … and ${log.moreErrors} more`);
  return lines;
}

/**
 * predict's and plan's `--runs`: reads every log and returns the scenario's `pilot=` value with their
 * designs as pilots (replacing pilots of the same design and model), the invalid rows and notices
 * pushed on `warnings`. No valid row at all, or a log that names no design and was given none, is a
 * usage error saying how to give it.
 */
export function pilotsWithRunLogs(
  flags: RunLogFlags,
  strings: ScenarioStrings,
  choices: ScenarioChoices,
  command: string,
  warnings: string[],
): string | undefined {
  if (flags.runs === undefined) {
    for (const name of ["map", "score-threshold"] as const)
      if (flags[name] !== undefined) throw new CliUsageError(`--${name}: applies to --runs logs, and none was given`, command);
    return strings.pilots;
  }
  const mapping = flags.map === undefined ? { ok: true as const, mapping: {} } : parseColumnMapping(flags.map);
  if (!mapping.ok) throw new CliUsageError(`--map: ${mapping.message}`, command);
  const specs = flags.runs.map((value) => {
    const read = parseRunsValue(value, choices.measuredAgents);
    if (!read.ok) throw new CliUsageError(`--runs: ${read.message}`, command);
    return read.spec;
  });
  const log = readRunLogs(specs, mapping.mapping, flags, choices.measuredAgents, command);
  warnings.push(...runLogWarnings(log));
  const undesigned = log.files.find((f) => f.design === "needed" && f.rows.valid === 0);
  if (undesigned !== undefined) {
    throw new CliUsageError(
      `--runs: ${undesigned.name} names no design (its rows or samples give no architecture): give it as --runs ${undesigned.name}=ARCHITECTURE[:AGENTS], e.g. --runs ${undesigned.name}=single or =centralized:4`,
      command,
    );
  }
  const first = log.errors[0];
  if (log.rows.valid === 0) {
    const where = first === undefined ? "" : ` (${runLogPlace(first)}, ${first.field}: ${first.reason})`;
    throw new CliUsageError(`--runs: no valid row in ${specs.map((s) => s.path).join(", ")}${where}`, command);
  }
  const model = strings.model ?? parameter("model").default;
  const pilotsOf = pilotChoices(choices);
  const current = strings.pilots === undefined ? null : decodePilots(strings.pilots, pilotsOf, model);
  const pilots = pilotsFromRunLog(log, current?.ok === true ? current.pilots : [], { model, models: choices.models });
  const { other } = pilotsByModel(pilots, model);
  for (const name of [...new Set(other.map((p) => p.model ?? ""))]) {
    const known = choices.models.includes(name);
    warnings.push(
      `pilots of ${name} are kept but not fused: the scenario predicts for ${model}. ${known ? `--model ${name} predicts for it; ` : ""}--runs FILE=ARCH@${model} counts a log as ${model}'s.`,
    );
  }
  return encodePilots(pilots) ?? undefined;
}
