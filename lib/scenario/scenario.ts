import type * as z from "zod/mini";
import { enumField, numberField } from "./fields";
import type { Dataset } from "../data/dataset";
import { FITS, parameter, PARAMETERS, type FitName, type Parameter, type ParameterKey } from "./parameters";

/** A fully resolved scenario: what every prediction, chart and link is computed from. */
export type Scenario = {
  tools: number;
  decomposability: number;
  /** Measured single-agent success of a pilot, or null to estimate it. */
  baseline: number | null;
  /** Model id from data/models.csv (its label, prices and default capability). */
  model: string;
  /** Capability index on the v2/v3 scale: the model's unless overridden. */
  capability: number;
  architecture: string;
  agents: number;
  fit: FitName;
};

/** The scenario as given: every field optional, every value still a string (URL or CLI). */
export type ScenarioStrings = Partial<Record<ParameterKey, string>>;

/** The choices data/ offers for the data-driven parameters. */
export type ScenarioChoices = { models: readonly string[]; architectures: readonly string[]; measuredAgents: Record<string, number>; capabilityOf: Record<string, number> };

/** Reads the choices of a dataset. */
export function scenarioChoices(dataset: Pick<Dataset, "models" | "architectures">): ScenarioChoices {
  return {
    models: dataset.models.map((m) => m.model),
    architectures: dataset.architectures.map((a) => a.architecture),
    measuredAgents: Object.fromEntries(dataset.architectures.map((a) => [a.architecture, a.agents])),
    capabilityOf: Object.fromEntries(dataset.models.map((m) => [m.model, m.capability_index])),
  };
}

/** Agent counts an architecture can have: single is one agent; hybrid needs an orchestrator and two peers. */
export function agentRange(architecture: string, maxAgents: number): [number, number] {
  if (architecture === "single") return [1, 1];
  return [architecture === "hybrid" ? 3 : 2, maxAgents];
}

/** The zod (mini) schema of one parameter's string value, with messages like `expected an integer in [1, 64], got "abc"`. */
export function parameterSchema(p: Parameter, choices: ScenarioChoices): z.ZodMiniType<string | number, string> {
  if (p.kind === "number") return numberField({ min: p.min, max: p.max, integer: p.integer });
  const values = p.choices ?? (p.key === "model" ? choices.models : choices.architectures);
  if (values.length === 0) throw new RangeError(`no choices for ${p.key}`);
  return enumField(values);
}

export type ScenarioIssue = { key: ParameterKey; message: string };

/**
 * Parses each given field on its own and resolves the rest: a field that fails falls back to its
 * default and is reported, so one bad value never loses the others. Derived defaults: capability =
 * the model's index; agents = the architecture's measured count. An agent count the architecture
 * cannot have (single with 3 agents) is reported and reset.
 */
export function parseScenario(strings: ScenarioStrings, choices: ScenarioChoices): { scenario: Scenario; issues: ScenarioIssue[] } {
  const issues: ScenarioIssue[] = [];
  const values: Partial<Record<ParameterKey, string | number>> = {};
  for (const p of PARAMETERS) {
    const raw = strings[p.key];
    if (raw === undefined) continue;
    const result = parameterSchema(p, choices).safeParse(raw);
    if (result.success) values[p.key] = result.data;
    else issues.push({ key: p.key, message: result.error.issues[0]?.message ?? "invalid value" });
  }
  const pick = <T>(key: ParameterKey, fallback: T): T => (values[key] === undefined ? fallback : (values[key] as T));
  const model = pick("model", parameter("model").default);
  const architecture = pick("architecture", parameter("architecture").default);
  let agents = pick<number | null>("agents", null);
  const maxAgents = parameter("agents").max;
  const [low, high] = agentRange(architecture, maxAgents);
  if (agents !== null && (agents < low || agents > high)) {
    const allowed = low === high ? `exactly ${low} agent${low === 1 ? "" : "s"}` : `${low}-${high} agents`;
    issues.push({ key: "agents", message: `${architecture} takes ${allowed}, got ${agents}` });
    agents = null;
  }
  return {
    scenario: {
      tools: pick("tools", parameter("tools").default),
      decomposability: pick("decomposability", parameter("decomposability").default),
      baseline: pick<number | null>("baseline", null),
      model,
      capability: pick("capability", choices.capabilityOf[model] ?? 0),
      architecture,
      agents: agents ?? choices.measuredAgents[architecture] ?? 1,
      fit: pick<FitName>("fit", FITS[0]),
    },
    issues,
  };
}
