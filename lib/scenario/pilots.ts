import * as z from "zod/mini";
import { PILOT_LIMITS, type Pilot, type PilotMeasures } from "../model/predict/pilot-runs";
import { quoteValue } from "../data/cell-values";
import { countText } from "../format/words";

/**
 * The architect's pilots in links and on the command line (docs/architecture.md). A link carries them in
 * one versioned, URL-safe value: `pilot=2*gpt-5-mini_single.1.12.30_centralized.4.15.30_paired`
 * (version 2, then `*` and the model of every pilot that names none; per pilot
 * architecture.agents.solved.tasks, then any measured per-task means as MEASURES writes them, then
 * `*model` when it ran with another model; `paired` when they ran on the same tasks). Version 1 links
 * (`1_single.1.12.30`, before pilots carried a model) still open: their pilots ran with the link's own
 * model. The CLI takes `--pilot single:12/30 --pilot centralized:4:15/30` (agents optional: the
 * architecture's measured count) and `--paired`. Both are validated here, with messages naming the
 * pilot and its field, against the pilots' limits (PILOT_LIMITS).
 */

/** The codec's version: the first part of a `pilot=` value. */
export const PILOTS_VERSION = "2";
/** Most pilots a scenario takes (a link stays far below 2 KB with them). */
export const MAX_PILOTS = PILOT_LIMITS.maxPilots;
/** Most tasks one pilot may report. */
export const MAX_PILOT_TASKS = PILOT_LIMITS.maxTasks;
/** Most characters of a `pilot=` value: 100 per pilot (a version 1 value: 40). */
export const MAX_PILOTS_VALUE = 100 * MAX_PILOTS;
/** What puts a model after the version or a pilot: "*", which a URL keeps as it is ("~" would be written %7E). */
const MODEL_MARK = "*";
/** A model as a link writes it: lower case letters, digits, dots and dashes, at most 64. */
const MODEL_TOKEN = /^[a-z0-9][a-z0-9.-]{0,63}$/;

/** What validating pilots needs: the architectures, their measured counts, the agent range each allows, and the catalog's model ids. */
export type PilotChoices = {
  architectures: readonly string[];
  measuredAgents: Record<string, number>;
  agentRange: (architecture: string) => [number, number];
  models?: readonly string[];
};

type Parsed = { ok: true; pilots: Pilot[] } | { ok: false; message: string };

/**
 * A pilot's measured per-task means in a link: a letter and a whole number each, turns and seconds in
 * tenths and cost in millionths of a dollar, so the value stays URL-safe (`t277.i83100.o18600.s420.c48500`).
 */
const MEASURES = [
  { key: "turns", letter: "t", scale: 10, name: "turns" },
  { key: "tokensIn", letter: "i", scale: 1, name: "input tokens" },
  { key: "tokensOut", letter: "o", scale: 1, name: "output tokens" },
  { key: "seconds", letter: "s", scale: 10, name: "seconds" },
  { key: "costUsd", letter: "c", scale: 1e6, name: "cost (USD)" },
] as const satisfies readonly { key: keyof PilotMeasures; letter: string; scale: number; name: string }[];

/** A pilot as read, before its checks; `given` keeps the link's own text of its numbers, so a message quotes what was written ("-1", not NaN). */
type RawPilot = {
  architecture: string;
  agents: number | null;
  solved: number;
  tasks: number;
  measured?: PilotMeasures;
  model?: string;
  given?: { agents: string; solved: string; tasks: string };
};

/** A number as a message quotes it: the text the link gave, else the number. */
const asGiven = (text: string | undefined, value: number | null) => (text !== undefined ? quoteValue(text) : String(value));

/** Checks decoded pilots: known architectures, allowed agent counts, 1..MAX tasks, 0..tasks solved, no design of one model twice. */
function checked(raw: readonly RawPilot[], paired: boolean, choices: PilotChoices): Parsed {
  if (raw.length === 0) return { ok: false, message: "expected at least one pilot" };
  if (raw.length > MAX_PILOTS) return { ok: false, message: `expected at most ${MAX_PILOTS} pilots, got ${raw.length}` };
  const pilots: Pilot[] = [];
  for (const [i, p] of raw.entries()) {
    const which = `pilot ${i + 1}`;
    if (!choices.architectures.includes(p.architecture))
      return { ok: false, message: `${which}: architecture expected one of ${choices.architectures.join(", ")}, got ${quoteValue(p.architecture)}` };
    const agents = p.agents ?? choices.measuredAgents[p.architecture] ?? 1;
    const [low, high] = choices.agentRange(p.architecture);
    if (!Number.isInteger(agents) || agents < low || agents > high)
      return { ok: false, message: `${which}: agents expected an integer in [${low}, ${high}] for ${p.architecture}, got ${asGiven(p.given?.agents, agents)}` };
    if (!Number.isInteger(p.tasks) || p.tasks < 1 || p.tasks > MAX_PILOT_TASKS)
      return { ok: false, message: `${which}: tasks expected an integer in [1, ${MAX_PILOT_TASKS}], got ${asGiven(p.given?.tasks, p.tasks)}` };
    if (!Number.isInteger(p.solved) || p.solved < 0 || p.solved > p.tasks)
      return { ok: false, message: `${which}: solved expected an integer in [0, ${p.tasks}] (its tasks), got ${asGiven(p.given?.solved, p.solved)}` };
    if (pilots.some((q) => q.architecture === p.architecture && q.agents === agents && q.model === p.model)) {
      return { ok: false, message: `${which}: ${p.architecture} with ${agents} agents${p.model === undefined ? "" : ` (${p.model})`} is piloted twice` };
    }
    pilots.push({
      architecture: p.architecture,
      agents,
      tasks: p.tasks,
      solved: p.solved,
      paired: paired && raw.length > 1,
      ...(p.measured === undefined ? {} : { measured: p.measured }),
      ...(p.model === undefined ? {} : { model: p.model }),
    });
  }
  return { ok: true, pilots };
}

const whole = (s: string) => (/^\d{1,7}$/.test(s) ? Number(s) : Number.NaN);

/** A pilot's measures from their link fields, or the message naming the bad one. */
function measuresOf(fields: readonly string[], which: string): { ok: true; measured: PilotMeasures } | { ok: false; message: string } {
  const measured: PilotMeasures = {};
  for (const field of fields) {
    const spec = MEASURES.find((m) => m.letter === field[0]);
    if (spec === undefined || !/^[a-z]\d{1,12}$/.test(field) || measured[spec.key] !== undefined) {
      const letters = MEASURES.map((m) => `${m.letter} (${m.name})`).join(", ");
      return { ok: false, message: `${which}: a measured mean is one of ${letters}, then a whole number, each at most once; got ${quoteValue(field)}` };
    }
    const value = Number(field.slice(1)) / spec.scale;
    const max = PILOT_LIMITS.measures[spec.key];
    if (value > max) return { ok: false, message: `${which}: ${spec.name} per task expected at most ${countText(max)}, got ${countText(value)}` };
    measured[spec.key] = value;
  }
  return { ok: true, measured };
}

/**
 * Decodes a link's `pilot=` value; `model` is the link's own model, which a version 1 value's pilots
 * ran with (and a version 2 pilot that names none).
 *
 * @example decodePilots("2*gpt-5-mini_single.1.12.30_centralized.4.15.30*gpt-5-nano_paired", pilotChoices(choices), "gpt-5-mini")
 * // { ok: true, pilots: [{ architecture: "single", agents: 1, tasks: 30, solved: 12, paired: true, model: "gpt-5-mini" },
 * // { architecture: "centralized", agents: 4, tasks: 30, solved: 15, paired: true, model: "gpt-5-nano" }] }
 */
export function decodePilots(value: string, choices: PilotChoices, model?: string): Parsed {
  if (value.length > MAX_PILOTS_VALUE) return { ok: false, message: `expected at most ${MAX_PILOTS_VALUE} characters, got ${value.length}` };
  const [head = "", ...parts] = value.split("_");
  const [version, defaultModel, ...extra] = head.split(MODEL_MARK);
  if ((version !== "1" && version !== PILOTS_VERSION) || extra.length > 0 || (version === "1" && defaultModel !== undefined)) {
    return {
      ok: false,
      message: `expected version ${PILOTS_VERSION} (a value starting "${PILOTS_VERSION}_" or "${PILOTS_VERSION}*MODEL_") or 1, got ${quoteValue(value.slice(0, 20))}`,
    };
  }
  if (defaultModel !== undefined && !MODEL_TOKEN.test(defaultModel))
    return { ok: false, message: `the pilots' model expected lower-case letters, digits, dots and dashes (at most 64), got ${quoteValue(defaultModel)}` };
  const paired = parts.at(-1) === "paired";
  const entries = paired ? parts.slice(0, -1) : parts;
  const raw: RawPilot[] = [];
  for (const [i, entry] of entries.entries()) {
    const which = `pilot ${i + 1}`;
    const [design = "", own, ...more] = entry.split(MODEL_MARK);
    if (version === "1" && own !== undefined) return { ok: false, message: `${which}: a version 1 value names no model, got ${quoteValue(entry)}` };
    if (more.length > 0 || (own !== undefined && !MODEL_TOKEN.test(own)))
      return {
        ok: false,
        message: `${which}: its model expected lower-case letters, digits, dots and dashes (at most 64) after one "*", got ${quoteValue(entry)}`,
      };
    const fields = design.split(".");
    if (fields.length < 4) return { ok: false, message: `${which}: expected architecture.agents.solved.tasks, got ${quoteValue(entry)}` };
    const [architecture = "", agents = "", solved = "", tasks = "", ...measureFields] = fields;
    const measures = measuresOf(measureFields, which);
    if (!measures.ok) return measures;
    const pilotModel = own ?? defaultModel ?? model;
    raw.push({
      architecture,
      agents: whole(agents),
      solved: whole(solved),
      tasks: whole(tasks),
      given: { agents, solved, tasks },
      ...(measureFields.length > 0 ? { measured: measures.measured } : {}),
      ...(pilotModel === undefined ? {} : { model: pilotModel }),
    });
  }
  return checked(raw, paired, choices);
}

/**
 * A link's `pilot=` value, or null for no pilots: the model most pilots ran with after the version,
 * any other model after its pilot.
 *
 * @example encodePilots([{ architecture: "single", agents: 1, tasks: 30, solved: 12, paired: false, model: "gpt-5-mini" }]) // "2*gpt-5-mini_single.1.12.30"
 */
export function encodePilots(pilots: readonly Pilot[]): string | null {
  if (pilots.length === 0) return null;
  const counts = new Map<string, number>();
  for (const p of pilots) if (p.model !== undefined) counts.set(p.model, (counts.get(p.model) ?? 0) + 1);
  const common = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  const entries = pilots.map((p) => {
    const fields = [
      p.architecture,
      p.agents,
      p.solved,
      p.tasks,
      ...MEASURES.flatMap((m) => {
        const value = p.measured?.[m.key];
        return value === undefined ? [] : [`${m.letter}${Math.round(value * m.scale)}`];
      }),
    ].join(".");
    return p.model === undefined || p.model === common ? fields : `${fields}${MODEL_MARK}${p.model}`;
  });
  return [
    common === undefined ? PILOTS_VERSION : `${PILOTS_VERSION}${MODEL_MARK}${common}`,
    ...entries,
    ...(pilots.some((p) => p.paired) ? ["paired"] : []),
  ].join("_");
}

/**
 * Reads the CLI's `--pilot` values, each ARCHITECTURE[:AGENTS]:SOLVED/TASKS (they ran with the
 * scenario's model: they name none).
 *
 * @example pilotsFromCli(["single:12/30", "centralized:4:15/30"], true, pilotChoices(choices))
 * // { ok: true, pilots: [{ architecture: "single", agents: 1, tasks: 30, solved: 12, paired: true }, { architecture: "centralized", agents: 4, tasks: 30, solved: 15, paired: true }] }
 */
export function pilotsFromCli(values: readonly string[], paired: boolean, choices: PilotChoices): Parsed {
  const raw: RawPilot[] = [];
  for (const [i, value] of values.entries()) {
    const match = /^([a-z-]+)(?::(\d{1,7}))?:(\d{1,7})\/(\d{1,7})$/.exec(value);
    if (match === null)
      return { ok: false, message: `pilot ${i + 1}: expected ARCHITECTURE[:AGENTS]:SOLVED/TASKS (e.g. centralized:4:15/30), got ${quoteValue(value)}` };
    const [, architecture = "", agents, solved = "", tasks = ""] = match;
    raw.push({ architecture, agents: agents === undefined ? null : Number(agents), solved: Number(solved), tasks: Number(tasks) });
  }
  return checked(raw, paired, choices);
}

/** The zod (mini) field of a `pilot=` value: the value itself when it decodes, else the decoder's message. */
export function pilotsField(choices: PilotChoices): z.ZodMiniType<string, string> {
  return z.pipe(
    z.string(),
    z.transform((raw: string, ctx) => {
      const result = decodePilots(raw, choices);
      if (result.ok) return raw;
      ctx.issues.push({ code: "custom", message: result.message, input: raw });
      return z.NEVER;
    }),
  );
}

/**
 * The catalog's id of a model a log names, or its name made link-safe (without the provider) when the
 * catalog lacks it:
 * Inspect and OpenTelemetry write "provider/model", sometimes with a release date ("-20250929",
 * "-2025-08-07") or "-latest", and a dot where the catalog has a dash.
 *
 * @example pilotModelId("anthropic/claude-sonnet-4-5-20250929", ["gpt-5-mini", "claude-sonnet-4-5"]) // "claude-sonnet-4-5"
 * @example pilotModelId("ollama/gemma3", ["gpt-5-mini"]) // "gemma3"
 */
export function pilotModelId(name: string, models: readonly string[]): string {
  const lower = name.trim().toLowerCase();
  const last = lower.slice(lower.lastIndexOf("/") + 1);
  const undated = (s: string) => s.replace(/-(latest|\d{8}|\d{4}-\d{2}-\d{2})$/, "");
  const loose = (s: string) => s.replace(/\./g, "-");
  for (const candidate of [lower, last, undated(last)]) {
    const found = models.find((m) => m === candidate) ?? models.find((m) => loose(m) === loose(candidate));
    if (found !== undefined) return found;
  }
  const token = last
    .replace(/[^a-z0-9.-]+/g, "-")
    .replace(/-{2,}/g, "-")
    .replace(/^[-.]+|-+$/g, "")
    .slice(0, 64);
  return token === "" ? "unknown" : token;
}

/** The pilots of a scenario's model (fused with the prediction) apart from those of other models (shown, not fused). */
export function pilotsByModel(pilots: readonly Pilot[], model: string): { fused: Pilot[]; other: Pilot[] } {
  const fused = pilots.filter((p) => p.model === undefined || p.model === model);
  const other = pilots.filter((p) => p.model !== undefined && p.model !== model);
  // Pairing is between the pilots fused together: one pilot alone pairs with nothing.
  return { fused: fused.length > 1 ? fused : fused.map((p) => ({ ...p, paired: false })), other };
}

/** What a run log gives per design (lib/pilots/run-log.ts RunLogDesign, as far as pilots use it). */
type LoggedDesign = {
  architecture: string;
  agents: number;
  model?: string | null;
  tasks: number;
  solved: number;
  means: { tokensIn?: number; tokensOut?: number; turns?: number; seconds?: number; cost?: number };
};

/**
 * The pilots after an uploaded run log: each logged design becomes a pilot with its measured per-task
 * means and its model (the log's, as a catalog id where the catalog has it; else `model`, the
 * scenario's), replacing a pilot of the same design and model; the other pilots stay while there is
 * room (MAX_PILOTS, the log's first). They count as paired only when the log's designs ran the same
 * tasks and no other pilot remains.
 *
 * @example pilotsFromRunLog({ designs: [{ architecture: "single", agents: 1, tasks: 20, solved: 9, means: { turns: 7 } }], paired: false }, [], { model: "gpt-5-mini", models: [] }) // [{ architecture: "single", agents: 1, tasks: 20, solved: 9, paired: false, measured: { turns: 7 }, model: "gpt-5-mini" }]
 */
export function pilotsFromRunLog(
  log: { designs: readonly LoggedDesign[]; paired: boolean },
  existing: readonly Pilot[],
  context: { model: string; models: readonly string[] },
): Pilot[] {
  const modelOf = (d: LoggedDesign) => (d.model === null || d.model === undefined ? context.model : pilotModelId(d.model, context.models));
  const key = (architecture: string, agents: number, model: string | undefined) => `${architecture}/${agents}/${model ?? context.model}`;
  const logged = new Set(log.designs.map((d) => key(d.architecture, d.agents, modelOf(d))));
  const room = Math.max(0, MAX_PILOTS - log.designs.length);
  const kept = existing.filter((p) => !logged.has(key(p.architecture, p.agents, p.model))).slice(0, room);
  const paired = log.paired && kept.length === 0 && log.designs.length > 1;
  const measuredOf = (m: LoggedDesign["means"]): PilotMeasures | undefined => {
    const out: PilotMeasures = {};
    if (m.turns !== undefined) out.turns = m.turns;
    if (m.tokensIn !== undefined) out.tokensIn = m.tokensIn;
    if (m.tokensOut !== undefined) out.tokensOut = m.tokensOut;
    if (m.seconds !== undefined) out.seconds = m.seconds;
    if (m.cost !== undefined) out.costUsd = m.cost;
    return Object.keys(out).length === 0 ? undefined : out;
  };
  return [
    ...kept.map((p) => ({ ...p, paired: false })),
    ...log.designs.map((d) => {
      const measured = measuredOf(d.means);
      return {
        architecture: d.architecture,
        agents: d.agents,
        tasks: d.tasks,
        solved: d.solved,
        paired,
        ...(measured === undefined ? {} : { measured }),
        model: modelOf(d),
      };
    }),
  ];
}
