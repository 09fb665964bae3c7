import { z } from "zod";
import { MAX_PILOT_TASKS, MAX_PILOTS, MAX_PILOTS_VALUE, encodePilots, pilotsFromCli } from "../scenario/pilots";
import { PARAMETERS, parameter, type Parameter, type ParameterKey } from "../scenario/parameters";
import { parseScenario, type Scenario, type ScenarioStrings } from "../scenario/scenario";
import { NONE_VALUE, scenarioDescriptors } from "../scenario/descriptors";
import { pilotChoices, type ScenarioChoices } from "../scenario/choices";
import { VERSION_PARAM } from "../scenario/url";
import { COMPARE_PARAM } from "../views/compare";

/*
 * A scenario as the API and the MCP server take it. The names are the share link's query keys (tools,
 * decomp, model, value, pilot, ...), from the parameters table, so a link's query is a GET request and
 * its values a POST body. Every value is checked by the scenario's own field schemas (parseScenario, the
 * page's and the CLI's), after a zod schema built from the same table has checked the body's JSON types:
 * that schema is what the OpenAPI document and the MCP tools publish (z.toJSONSchema), and a property
 * test holds it equal to the field schemas value by value.
 */

/** The body keys beyond the link's: pilots as objects, and whether they ran on the same tasks. */
export const PILOTS_KEY = "pilots";
export const PAIRED_KEY = "paired";

/** One invalid input: the field (a query key or a body key, or "body" for the whole), and what is wrong. */
export type FieldError = { field: string; detail: string };

/** What a parameter's value means, for the published schema: its description, unit and what null (`none` in a query) means. */
function describe(p: Parameter): string {
  const unit = p.kind === "number" && p.unit !== "" ? ` Unit: ${p.unit}.` : "";
  const unset = p.kind === "number" && p.unset !== undefined ? ` null (in a query: none) = ${p.unset}.` : "";
  const omitted = p.kind === "number" && p.default !== null ? ` Omitted = ${p.default}.` : p.kind === "choice" ? ` Omitted = ${p.default}.` : "";
  return `${p.label}: ${p.description}.${unit}${unset}${omitted}`.replace(/\.\./g, ".");
}

/** One parameter's JSON value as the schema publishes it: a number within its bounds (null where it may be unset), one of its choices, or the link's pilot value. */
function valueSchema(p: Parameter, choices: ScenarioChoices): z.ZodType {
  if (p.kind === "pilots")
    return z
      .string()
      .max(MAX_PILOTS_VALUE)
      .meta({
        description: `${p.label} as the share link writes them (pilot=2*gpt-5-mini_single.1.12.30_centralized.4.15.30_paired); in a JSON body, "${PILOTS_KEY}" is easier.`,
        examples: ["2*gpt-5-mini_single.1.12.30_centralized.4.15.30_paired"],
      });
  if (p.kind === "choice") {
    const [first, ...rest] = scenarioDescriptors(choices)[p.key].values ?? [];
    if (first === undefined) throw new RangeError(`no choices for ${p.key}`);
    return z.enum([first, ...rest]).meta({ description: describe(p) });
  }
  const number = (p.integer ? z.number().int() : z.number()).min(p.min).max(p.max);
  return (p.unset === undefined ? number : number.nullable()).meta({ description: describe(p) });
}

/** A pilot in a JSON body: a design run on the architect's own tasks, with the scenario's model. */
export function pilotObjectSchema(choices: ScenarioChoices) {
  const [first, ...rest] = choices.architectures;
  if (first === undefined) throw new RangeError("no architectures");
  return z
    .object({
      architecture: z.enum([first, ...rest]).meta({ description: "the design's architecture" }),
      agents: z
        .number()
        .int()
        .min(1)
        .max(parameter("agents").max)
        .optional()
        .meta({ description: "its agent count; omitted = the architecture's measured count (single: 1)" }),
      solved: z.number().int().min(0).max(MAX_PILOT_TASKS).meta({ description: "tasks it solved" }),
      tasks: z.number().int().min(1).max(MAX_PILOT_TASKS).meta({ description: "tasks it ran" }),
    })
    .strict()
    .meta({ description: "A pilot: a design run on your own tasks (with the scenario's model)." });
}

/**
 * The scenario input as a zod object: every parameter under its link key, plus `pilots` (objects) and
 * `paired`; every field optional (omitted = the page's default). Strict: an unknown key is an error
 * naming it.
 */
export function scenarioInputSchema(choices: ScenarioChoices) {
  const shape: Record<string, z.ZodType> = Object.fromEntries(PARAMETERS.map((p) => [p.urlKey, valueSchema(p, choices).optional()]));
  shape[PILOTS_KEY] = z
    .array(pilotObjectSchema(choices))
    .min(1)
    .max(MAX_PILOTS)
    .optional()
    .meta({ description: `Pilots as objects (at most ${MAX_PILOTS}); give these or "${parameter("pilots").urlKey}", not both.` });
  shape[PAIRED_KEY] = z
    .boolean()
    .optional()
    .meta({ description: `The ${PILOTS_KEY} ran on the same tasks (their outcomes correlate, so their gap is measured more sharply). Default false.` });
  return z
    .object(shape)
    .strict()
    .meta({ title: "Scenario", description: "A scenario under the share link's keys; every field optional (omitted = the calculator's default)." });
}

/** A parameter by its link key. */
const byUrlKey = new Map<string, Parameter>(PARAMETERS.map((p) => [p.urlKey, p]));
/** The link's field name for a parameter key. */
const urlKeyOf = (key: ParameterKey) => parameter(key).urlKey;

/** A JSON number as parseScenario reads it: String() round-trips every double exactly ("0.35", "1e-7"). */
const numberText = (x: number) => String(x);

/**
 * Reads a JSON body into scenario strings. The zod object checks the JSON types and bounds and names
 * every bad field; numbers are written as text for parseScenario, null as "none", pilot objects as the
 * CLI's ARCHITECTURE[:AGENTS]:SOLVED/TASKS and then the link's pilot value.
 *
 * @example bodyStrings({ tools: 8, value: 2 }, choices) // { ok: true, strings: { tools: "8", valuePerSuccess: "2" }, version: null }
 */
export function bodyStrings(
  body: unknown,
  choices: ScenarioChoices,
): { ok: true; strings: ScenarioStrings; version: string | null } | { ok: false; errors: FieldError[] } {
  if (typeof body !== "object" || body === null || Array.isArray(body))
    return { ok: false, errors: [{ field: "body", detail: "expected a JSON object of scenario fields" }] };
  const parsed = scenarioInputSchema(choices).safeParse(body);
  if (!parsed.success) return { ok: false, errors: zodErrors(parsed.error) };
  const strings: ScenarioStrings = {};
  for (const [key, value] of Object.entries(parsed.data)) {
    const p = byUrlKey.get(key);
    if (p === undefined || value === undefined) continue;
    strings[p.key] = value === null ? NONE_VALUE : typeof value === "number" ? numberText(value) : String(value);
  }
  const pilots = parsed.data[PILOTS_KEY] as { architecture: string; agents?: number; solved: number; tasks: number }[] | undefined;
  const paired = parsed.data[PAIRED_KEY] === true;
  if (pilots !== undefined && strings.pilots !== undefined)
    return { ok: false, errors: [{ field: PILOTS_KEY, detail: `give "${PILOTS_KEY}" or "${urlKeyOf("pilots")}", not both` }] };
  if (pilots !== undefined) {
    const read = pilotsFromCli(
      pilots.map((p) => `${p.architecture}${p.agents === undefined ? "" : `:${p.agents}`}:${p.solved}/${p.tasks}`),
      paired,
      pilotChoices(choices),
    );
    if (!read.ok) return { ok: false, errors: [{ field: PILOTS_KEY, detail: read.message }] };
    strings.pilots = encodePilots(read.pilots) ?? undefined;
  } else if (paired) return { ok: false, errors: [{ field: PAIRED_KEY, detail: `needs two or more "${PILOTS_KEY}"` }] };
  return { ok: true, strings, version: null };
}

/** zod's issues as field errors: the top-level key each concerns, and zod's message with the path inside it. */
function zodErrors(error: z.ZodError): FieldError[] {
  return error.issues.flatMap((issue) => {
    if (issue.code === "unrecognized_keys") return issue.keys.map((key) => ({ field: key, detail: unknownKeyDetail(key) }));
    const [first, ...rest] = issue.path;
    return [{ field: first === undefined ? "body" : String(first), detail: rest.length === 0 ? issue.message : `${rest.join(".")}: ${issue.message}` }];
  });
}

/** Keys of the page's links that are not scenario inputs: the version (checked) and the pinned comparison (ignored). */
const LINK_ONLY_KEYS = new Set([VERSION_PARAM, COMPARE_PARAM]);

const unknownKeyDetail = (key: string) => `unknown field ${JSON.stringify(key.slice(0, 40))}; the fields are ${PARAMETERS.map((p) => p.urlKey).join(", ")}`;

/**
 * Reads a GET request's query: each parameter under its link key, as the page reads a link, but strictly:
 * an unknown key or a key given twice is an error naming it. `v` (the data version a link was made with)
 * is returned; `compare` (the page's pinned comparison) is ignored.
 *
 * @example queryStrings(new URLSearchParams("tools=8&value=2")) // { ok: true, strings: { tools: "8", valuePerSuccess: "2" }, version: null }
 */
export function queryStrings(search: URLSearchParams): { ok: true; strings: ScenarioStrings; version: string | null } | { ok: false; errors: FieldError[] } {
  const strings: ScenarioStrings = {};
  const errors: FieldError[] = [];
  for (const key of new Set(search.keys())) {
    const values = search.getAll(key);
    const p = byUrlKey.get(key);
    if (p === undefined && !LINK_ONLY_KEYS.has(key)) errors.push({ field: key, detail: unknownKeyDetail(key) });
    else if (values.length > 1) errors.push({ field: key, detail: `given ${values.length} times; give it once` });
    else if (p !== undefined) strings[p.key] = values[0];
  }
  return errors.length === 0 ? { ok: true, strings, version: search.get(VERSION_PARAM) } : { ok: false, errors };
}

/**
 * The scenario of checked strings, by the page's own parsing: any issue (a bad value, an agent count the
 * architecture cannot have, a baseline beside a single-agent pilot) is an error naming the link key,
 * where the page would show a notice and use the default.
 */
export function scenarioOf(strings: ScenarioStrings, choices: ScenarioChoices): { ok: true; scenario: Scenario } | { ok: false; errors: FieldError[] } {
  const { scenario, issues } = parseScenario(strings, choices);
  return issues.length === 0 ? { ok: true, scenario } : { ok: false, errors: issues.map((i) => ({ field: urlKeyOf(i.key), detail: i.message })) };
}
