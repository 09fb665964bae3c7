import { parameter, PARAMETERS, type ParameterKey } from "./parameters";
import type { Pilot } from "../model/predict/pilot-runs";
import { decodePilots, pilotsByModel } from "./pilots";
import { counted } from "../format/words";
import { agentRange, pilotChoices, type ScenarioChoices } from "./choices";
import { NONE_VALUE, scenarioDescriptors, type FieldValue, type ScenarioValues } from "./descriptors";

/** A row of the parameters table, with its literal types (`as const`). */
type Row = (typeof PARAMETERS)[number];

/**
 * A row's value in a resolved scenario: a number (or null where the row is `nullable`), one of a fixed
 * list's values, a data-driven choice's id, or the pilots.
 */
type ResolvedValue<P extends Row> = P extends { kind: "number"; nullable: true }
  ? number | null
  : P extends { kind: "number" }
    ? number
    : P extends { kind: "choice"; choices: readonly (infer C extends string)[] }
      ? C
      : P extends { kind: "choice" }
        ? string
        : Pilot[];

/**
 * A fully resolved scenario: what every prediction, chart and link is computed from. One field per row of
 * the parameters table (lib/scenario/parameters.ts says what each means), typed by the row, plus
 * `otherPilots`: the pilots that ran with another model than `model`, kept in the link and shown with a
 * notice, never fused (`pilots` holds the scenario's model's).
 */
export type Scenario = { [P in Row as P["key"]]: ResolvedValue<P> } & { otherPilots: Pilot[] };

/** The scenario as given: every field optional, every value still a string (URL or CLI). */
export type ScenarioStrings = Partial<Record<ParameterKey, string>>;

export type ScenarioIssue = { key: ParameterKey; message: string };

/** Every row's default as the table states it (null: none, or derived from the model or the architecture). */
type TableDefaults = { [P in Row as P["key"]]: P["default"] } & { otherPilots: null };
// One entry per row, in the table's order, with otherPilots beside pilots: every key is there.
const TABLE_DEFAULTS = Object.fromEntries(
  PARAMETERS.flatMap((p): [string, unknown][] =>
    p.kind === "pilots"
      ? [
          [p.key, p.default],
          ["otherPilots", null],
        ]
      : [[p.key, p.default]],
  ),
) as TableDefaults;

/**
 * Every parameter's default once a model and architecture are chosen: the table's defaults (model and
 * architecture included), and the derived ones: the chosen model's capability and prices, the chosen
 * architecture's measured agent count, no pilots. One definition serves parsing and leaving defaults out
 * of links.
 *
 * @example scenarioDefaults("gpt-5", "hybrid", choices) // { tools: 5, model: "gpt-5-mini", capability: 71, architecture: "none", agents: 4, priceCached: 0.125, maxCost: null, ... }
 */
export function scenarioDefaults(model: string, architecture: string, choices: ScenarioChoices): Scenario {
  const price = choices.priceOf[model];
  return {
    ...TABLE_DEFAULTS,
    capability: choices.capabilityOf[model] ?? 0,
    agents: choices.measuredAgents[architecture] ?? 1,
    pilots: [],
    otherPilots: [],
    priceInput: price?.input ?? 0,
    priceOutput: price?.output ?? 0,
    priceCached: price?.cached ?? null,
  };
}

/**
 * Reads each given field with its descriptor, on its own: the values read, and an issue for each field
 * that is not one (its value is left out, so its default applies).
 *
 * @example readFields({ tools: "8", fit: "v4" }, choices) // { values: { tools: 8 }, issues: [{ key: "fit", message: 'expected one of architect, paper-v3, paper-v2, got "v4"' }] }
 */
export function readFields(strings: ScenarioStrings, choices: ScenarioChoices): { values: ScenarioValues; issues: ScenarioIssue[] } {
  const descriptors = scenarioDescriptors(choices);
  const values: ScenarioValues = {};
  const issues: ScenarioIssue[] = [];
  for (const p of PARAMETERS) {
    const raw = strings[p.key];
    if (raw === undefined) continue;
    const result = descriptors[p.key].read(raw);
    if (result.ok) values[p.key] = result.value;
    else issues.push({ key: p.key, message: result.message });
  }
  return { values, issues };
}

/** A read value as the scenario holds it, or undefined for "the default": NONE_VALUE is null where the row is nullable (elsewhere the default). */
function given(p: Row, value: FieldValue | null | undefined): number | string | null | undefined {
  if (p.kind === "number") return value === NONE_VALUE ? ("nullable" in p ? null : undefined) : typeof value === "number" ? value : undefined;
  return p.kind === "choice" && typeof value === "string" ? value : undefined;
}

let resolved = 0;

/** How many scenarios this process has resolved (resolveScenario, so parseScenario too): tests count the parses of a page's load and of a slider step with it. */
export function scenarioParseCount(): number {
  return resolved;
}

/**
 * Resolves values already read (readFields, or a link read by the page's nuqs parsers) into a scenario:
 * a value left out takes its default, derived ones included (capability = the model's index; agents = the
 * architecture's measured count; prices = the model's). Checks what spans fields: an agent count the
 * architecture cannot have (single with 3 agents) is reported and reset; a baseline beside a
 * single-agent pilot is reported and dropped; the pilots are split by the model they ran with.
 *
 * @example resolveScenario({ architecture: "single", agents: 3 }, choices).issues // [{ key: "agents", message: "single takes exactly 1 agent, got 3" }]
 */
export function resolveScenario(values: ScenarioValues, choices: ScenarioChoices): { scenario: Scenario; issues: ScenarioIssue[] } {
  resolved += 1;
  const issues: ScenarioIssue[] = [];
  const model = typeof values.model === "string" ? values.model : parameter("model").default;
  const architecture = typeof values.architecture === "string" ? values.architecture : parameter("architecture").default;
  const defaults = scenarioDefaults(model, architecture, choices);
  const entries = PARAMETERS.flatMap((p) => {
    const value = given(p, values[p.key]);
    return value === undefined ? [] : [[p.key, value] as const];
  });
  // Each value was read by its row's descriptor, so it has the row's type.
  const scenario: Scenario = { ...defaults, ...(Object.fromEntries(entries) as Partial<Scenario>) };
  const [low, high] = agentRange(architecture, parameter("agents").max);
  if (scenario.agents < low || scenario.agents > high) {
    const allowed = low === high ? `exactly ${counted(low, "agent")}` : `${low}-${high} agents`;
    issues.push({ key: "agents", message: `${architecture} takes ${allowed}, got ${scenario.agents}` });
    scenario.agents = defaults.agents;
  }
  // Each pilot keeps the model it ran with (a version 1 link's ran with the link's model); only the
  // scenario's model's are fused, the others are shown with a notice.
  const decoded = typeof values.pilots === "string" ? decodePilots(values.pilots, pilotChoices(choices), model) : null;
  const { fused, other } = pilotsByModel(decoded?.ok === true ? decoded.pilots : [], model);
  scenario.pilots = fused;
  scenario.otherPilots = other;
  if (scenario.baseline !== null && fused.some((p) => p.architecture === "single")) {
    issues.push({ key: "baseline", message: "a single-agent pilot measures the baseline: the pilot is used" });
    scenario.baseline = null;
  }
  return { scenario, issues };
}

/**
 * Parses each given field on its own and resolves the rest: a field that fails falls back to its
 * default and is reported, so one bad value never loses the others (readFields, then resolveScenario).
 *
 * @example parseScenario({ tools: "abc", decomposability: "0.8" }, choices).issues // [{ key: "tools", message: 'expected an integer in [0, 64], got "abc"' }]
 */
export function parseScenario(strings: ScenarioStrings, choices: ScenarioChoices): { scenario: Scenario; issues: ScenarioIssue[] } {
  const read = readFields(strings, choices);
  const { scenario, issues } = resolveScenario(read.values, choices);
  return { scenario, issues: [...read.issues, ...issues] };
}
