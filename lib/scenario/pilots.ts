import * as z from "zod/mini";
import type { Pilot, PilotMeasures } from "../model/predict/pilots";
import { quoteValue } from "../data/cell-values";

/**
 * The architect's pilots in links and on the command line (docs/architecture.md). A link carries them in
 * one versioned, URL-safe value: `pilot=1_single.1.12.30_centralized.4.15.30_paired` (version 1; per
 * pilot architecture.agents.solved.tasks, then any measured per-task means as MEASURES writes them;
 * `paired` when they ran on the same tasks). The CLI takes
 * `--pilot single:12/30 --pilot centralized:4:15/30` (agents optional: the architecture's measured
 * count) and `--paired`. Both are validated here, with messages naming the pilot and its field.
 */

/** The codec's version: the first part of a `pilot=` value. */
export const PILOTS_VERSION = "1";
/** Most pilots a scenario takes (a link stays far below 2 KB with them). */
export const MAX_PILOTS = 12;
/** Most tasks one pilot may report. */
export const MAX_PILOT_TASKS = 100_000;

/** What validating pilots needs: the architectures, their measured counts and the agent range each allows. */
export type PilotChoices = { architectures: readonly string[]; measuredAgents: Record<string, number>; agentRange: (architecture: string) => [number, number] };

type Parsed = { ok: true; pilots: Pilot[] } | { ok: false; message: string };

/**
 * A pilot's measured per-task means in a link: a letter and a whole number each, turns and seconds in
 * tenths and cost in millionths of a dollar, so the value stays URL-safe (`t277.i83100.o18600.s420.c48500`).
 */
const MEASURES = [
  { key: "turns", letter: "t", scale: 10, max: 100_000 },
  { key: "tokensIn", letter: "i", scale: 1, max: 1e9 },
  { key: "tokensOut", letter: "o", scale: 1, max: 1e9 },
  { key: "seconds", letter: "s", scale: 10, max: 1e7 },
  { key: "costUsd", letter: "c", scale: 1e6, max: 1e4 },
] as const satisfies readonly { key: keyof PilotMeasures; letter: string; scale: number; max: number }[];

/** Checks decoded pilots: known architectures, allowed agent counts, 1..MAX tasks, 0..tasks solved, no design twice. */
function checked(raw: { architecture: string; agents: number | null; solved: number; tasks: number; measured?: PilotMeasures }[], paired: boolean, choices: PilotChoices): Parsed {
  if (raw.length === 0) return { ok: false, message: "expected at least one pilot" };
  if (raw.length > MAX_PILOTS) return { ok: false, message: `expected at most ${MAX_PILOTS} pilots, got ${raw.length}` };
  const pilots: Pilot[] = [];
  for (const [i, p] of raw.entries()) {
    const which = `pilot ${i + 1}`;
    if (!choices.architectures.includes(p.architecture)) return { ok: false, message: `${which}: architecture expected one of ${choices.architectures.join(", ")}, got ${quoteValue(p.architecture)}` };
    const agents = p.agents ?? choices.measuredAgents[p.architecture] ?? 1;
    const [low, high] = choices.agentRange(p.architecture);
    if (!Number.isInteger(agents) || agents < low || agents > high) return { ok: false, message: `${which}: agents expected an integer in [${low}, ${high}] for ${p.architecture}, got ${agents}` };
    if (!Number.isInteger(p.tasks) || p.tasks < 1 || p.tasks > MAX_PILOT_TASKS) return { ok: false, message: `${which}: tasks expected an integer in [1, ${MAX_PILOT_TASKS}], got ${p.tasks}` };
    if (!Number.isInteger(p.solved) || p.solved < 0 || p.solved > p.tasks) return { ok: false, message: `${which}: solved expected an integer in [0, ${p.tasks}] (its tasks), got ${p.solved}` };
    if (pilots.some((q) => q.architecture === p.architecture && q.agents === agents)) return { ok: false, message: `${which}: ${p.architecture} with ${agents} agents is piloted twice` };
    pilots.push({ architecture: p.architecture, agents, tasks: p.tasks, solved: p.solved, paired: paired && raw.length > 1, ...(p.measured === undefined ? {} : { measured: p.measured }) });
  }
  return { ok: true, pilots };
}

const whole = (s: string) => (/^\d{1,7}$/.test(s) ? Number(s) : Number.NaN);

/**
 * Decodes a link's `pilot=` value.
 *
 * @example decodePilots("1_single.1.12.30_centralized.4.15.30_paired", choices) // { ok: true, pilots: [single 12/30, centralized 4 agents 15/30], both paired }
 */
export function decodePilots(value: string, choices: PilotChoices): Parsed {
  if (value.length > 40 * MAX_PILOTS) return { ok: false, message: `expected at most ${40 * MAX_PILOTS} characters, got ${value.length}` };
  const [version, ...parts] = value.split("_");
  if (version !== PILOTS_VERSION) return { ok: false, message: `expected version ${PILOTS_VERSION} (a value starting "${PILOTS_VERSION}_"), got ${quoteValue(value.slice(0, 20))}` };
  const paired = parts.at(-1) === "paired";
  const entries = paired ? parts.slice(0, -1) : parts;
  const raw = [];
  for (const [i, entry] of entries.entries()) {
    const fields = entry.split(".");
    if (fields.length < 4) return { ok: false, message: `pilot ${i + 1}: expected architecture.agents.solved.tasks, got ${quoteValue(entry)}` };
    const [architecture = "", agents = "", solved = "", tasks = "", ...extra] = fields;
    const measured: PilotMeasures = {};
    for (const field of extra) {
      const spec = MEASURES.find((m) => m.letter === field[0]);
      const value = /^[a-z]\d{1,12}$/.test(field) && spec !== undefined ? Number(field.slice(1)) / spec.scale : Number.NaN;
      if (spec === undefined || !(value <= spec.max) || measured[spec.key] !== undefined) return { ok: false, message: `pilot ${i + 1}: a measure is a letter of ${MEASURES.map((m) => m.letter).join("")} and a whole number, each once, got ${quoteValue(field)}` };
      measured[spec.key] = value;
    }
    raw.push({ architecture, agents: whole(agents), solved: whole(solved), tasks: whole(tasks), ...(extra.length > 0 ? { measured } : {}) });
  }
  return checked(raw, paired, choices);
}

/** A link's `pilot=` value, or null for no pilots. */
export function encodePilots(pilots: readonly Pilot[]): string | null {
  if (pilots.length === 0) return null;
  const entries = pilots.map((p) =>
    [
      p.architecture,
      p.agents,
      p.solved,
      p.tasks,
      ...MEASURES.flatMap((m) => {
        const value = p.measured?.[m.key];
        return value === undefined ? [] : [`${m.letter}${Math.round(value * m.scale)}`];
      }),
    ].join("."),
  );
  return [PILOTS_VERSION, ...entries, ...(pilots.some((p) => p.paired) ? ["paired"] : [])].join("_");
}

/**
 * Reads the CLI's `--pilot` values, each ARCHITECTURE[:AGENTS]:SOLVED/TASKS.
 *
 * @example pilotsFromCli(["single:12/30", "centralized:4:15/30"], true, choices) // { ok: true, pilots: [...] } (paired)
 */
export function pilotsFromCli(values: readonly string[], paired: boolean, choices: PilotChoices): Parsed {
  const raw = [];
  for (const [i, value] of values.entries()) {
    const match = /^([a-z-]+)(?::(\d{1,7}))?:(\d{1,7})\/(\d{1,7})$/.exec(value);
    if (match === null) return { ok: false, message: `pilot ${i + 1}: expected ARCHITECTURE[:AGENTS]:SOLVED/TASKS (e.g. centralized:4:15/30), got ${quoteValue(value)}` };
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

/** What a run log gives per design (lib/pilots/run-log.ts RunLogDesign, as far as pilots use it). */
type LoggedDesign = { architecture: string; agents: number; tasks: number; solved: number; means: { tokensIn?: number; tokensOut?: number; turns?: number; seconds?: number; cost?: number } };

/**
 * The pilots after an uploaded run log: each logged design becomes a pilot with its measured per-task
 * means, replacing a pilot of the same design; the other pilots stay. They count as paired only when
 * the log's designs ran the same tasks and no other pilot remains.
 *
 * @example pilotsFromRunLog({ designs: [{ architecture: "single", agents: 1, tasks: 20, solved: 9, means: { turns: 7 } }], paired: false }, []) // [{ architecture: "single", agents: 1, tasks: 20, solved: 9, paired: false, measured: { turns: 7 } }]
 */
export function pilotsFromRunLog(log: { designs: readonly LoggedDesign[]; paired: boolean }, existing: readonly Pilot[]): Pilot[] {
  const logged = new Set(log.designs.map((d) => `${d.architecture}/${d.agents}`));
  const kept = existing.filter((p) => !logged.has(`${p.architecture}/${p.agents}`));
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
      return { architecture: d.architecture, agents: d.agents, tasks: d.tasks, solved: d.solved, paired, ...(measured === undefined ? {} : { measured }) };
    }),
  ];
}
