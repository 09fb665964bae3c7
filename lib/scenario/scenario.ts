import type * as z from "zod/mini";
import { enumField, numberField } from "./fields";
import { agentRange, pilotChoices, type ScenarioChoices } from "./choices";
import { AUTO_BENCHMARK, FITS, FRONTIER_CHOICES, NO_BENCHMARK, NO_DESIGN, parameter, type FrontierChoice, PARAMETERS, type FitName, type Parameter, type ParameterKey } from "./parameters";
import { EVIDENCE_CHOICES, type EvidenceChoice } from "../model/architect/evidence-choice";
import type { Pilot } from "../model/predict/pilot-runs";
import { decodePilots, pilotsByModel, pilotsField } from "./pilots";
import { counted } from "../format/words";

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
  /** Which studies the architect's model learns from. */
  evidence: EvidenceChoice;
  /**
   * A benchmark of the evidence the task resembles (its effects apply), NO_BENCHMARK ("none") for a new
   * task, or AUTO_BENCHMARK ("auto", the default): the one benchmark the task matches on every input, if
   * exactly one does (predict-scenario.ts, resolveLike).
   */
  like: string;
  /** The architect's own pilots of the scenario's model, fused with the architect's model (none: the model alone). */
  pilots: Pilot[];
  /** Pilots that ran with another model than `model`: kept in the link and shown with a notice, never fused. */
  otherPilots: Pilot[];
  /** Cost inputs (docs/model.md section 3): tokens per LLM call, the cache, turns and time. */
  inputTokensPerTurn: number;
  outputTokensPerTurn: number;
  cacheHitRate: number;
  sasTurns: number;
  secondsPerTurn: number;
  /** Prices in USD per 1M tokens: the model's listed ones unless overridden; cached null = none listed. */
  priceInput: number;
  priceOutput: number;
  priceCached: number | null;
  /** Constraints on the recommendation: a budget per task and a success floor (null = none). */
  maxCost: number | null;
  minSuccess: number | null;
  /** The most the next pilot may cost (the pilot planner), null = no limit. */
  pilotBudget: number | null;
  /** The confidence target (a share): a multi-agent design must beat the single agent with it (no value stated), and the planner's call must reach it. */
  planConfidence: number;
  /** The value of one solved task, USD; null when not stated (docs/model.md section 6). */
  valuePerSuccess: number | null;
  /** Tasks run per day, for a monthly cost (null = per task only). */
  tasksPerDay: number | null;
  /** Which designs the Pareto frontier may pass through. */
  frontier: FrontierChoice;
};

/** The scenario as given: every field optional, every value still a string (URL or CLI). */
export type ScenarioStrings = Partial<Record<ParameterKey, string>>;

/**
 * Every parameter's default once a model and architecture are chosen: the table's fixed defaults
 * (model and architecture included), and the derived ones: the chosen model's capability and prices,
 * the chosen architecture's measured agent count, no baseline and no constraints. One definition serves
 * parsing and leaving defaults out of links.
 */
export function scenarioDefaults(model: string, architecture: string, choices: ScenarioChoices): Scenario {
  const price = choices.priceOf[model];
  return {
    tools: parameter("tools").default,
    decomposability: parameter("decomposability").default,
    baseline: null,
    model: parameter("model").default,
    capability: choices.capabilityOf[model] ?? 0,
    architecture: parameter("architecture").default,
    agents: choices.measuredAgents[architecture] ?? 1,
    fit: parameter("fit").default,
    evidence: parameter("evidence").default,
    like: parameter("like").default,
    pilots: [],
    otherPilots: [],
    inputTokensPerTurn: parameter("inputTokensPerTurn").default,
    outputTokensPerTurn: parameter("outputTokensPerTurn").default,
    cacheHitRate: parameter("cacheHitRate").default,
    sasTurns: parameter("sasTurns").default,
    secondsPerTurn: parameter("secondsPerTurn").default,
    priceInput: price?.input ?? 0,
    priceOutput: price?.output ?? 0,
    priceCached: price?.cached ?? null,
    maxCost: null,
    minSuccess: null,
    pilotBudget: null,
    planConfidence: parameter("planConfidence").default,
    valuePerSuccess: null,
    tasksPerDay: null,
    frontier: parameter("frontier").default,
  };
}

/** The zod (mini) schema of one parameter's string value, with messages like `expected an integer in [1, 64], got "abc"`. */
export function parameterSchema(p: Parameter, choices: ScenarioChoices): z.ZodMiniType<string | number, string> {
  if (p.kind === "pilots") return pilotsField(pilotChoices(choices));
  if (p.kind === "number") return numberField({ min: p.min, max: p.max, integer: p.integer }, p.unit === "success rate" ? " (a share: 0.5 is 50%)" : "");
  const values = p.choices ?? (p.key === "model" ? choices.models : p.key === "like" ? [AUTO_BENCHMARK, NO_BENCHMARK, ...choices.benchmarks] : [NO_DESIGN, ...choices.architectures]);
  if (values.length === 0) throw new RangeError(`no choices for ${p.key}`);
  return enumField(values);
}

export type ScenarioIssue = { key: ParameterKey; message: string };

/**
 * The value that sets an optional number (one with an `unset` meaning) to none where its default is a
 * number: a model that lists a cached-input price, whose user cleared it, writes `p_cached=none`.
 */
export const NONE_VALUE = "none";

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
    if (p.kind === "number" && "unset" in p && raw === NONE_VALUE) {
      values[p.key] = NONE_VALUE;
      continue;
    }
    const result = parameterSchema(p, choices).safeParse(raw);
    if (result.success) values[p.key] = result.data;
    else issues.push({ key: p.key, message: result.error.issues[0]?.message ?? "invalid value" });
  }
  const model = typeof values.model === "string" ? values.model : parameter("model").default;
  const architecture = typeof values.architecture === "string" ? values.architecture : parameter("architecture").default;
  const defaults = scenarioDefaults(model, architecture, choices);
  const number = <K extends keyof Scenario>(key: K & ParameterKey, fallback: number): number => (typeof values[key] === "number" ? (values[key] as number) : fallback);
  const maybe = (key: ParameterKey, fallback: number | null): number | null => (values[key] === NONE_VALUE ? null : typeof values[key] === "number" ? (values[key] as number) : fallback);
  let agents = number("agents", defaults.agents);
  const [low, high] = agentRange(architecture, parameter("agents").max);
  if (agents < low || agents > high) {
    const allowed = low === high ? `exactly ${counted(low, "agent")}` : `${low}-${high} agents`;
    issues.push({ key: "agents", message: `${architecture} takes ${allowed}, got ${agents}` });
    agents = defaults.agents;
  }
  const fit = FITS.find((f) => f === values.fit) ?? defaults.fit;
  const evidence = EVIDENCE_CHOICES.find((e) => e === values.evidence) ?? defaults.evidence;
  const like = typeof values.like === "string" ? values.like : defaults.like;
  // Each pilot keeps the model it ran with (a version 1 link's ran with the link's model); only the
  // scenario's model's are fused, the others are shown with a notice.
  const decoded = typeof values.pilots === "string" ? decodePilots(values.pilots, pilotChoices(choices), model) : null;
  const { fused: pilots, other: otherPilots } = pilotsByModel(decoded?.ok === true ? decoded.pilots : defaults.pilots, model);
  let baseline = maybe("baseline", defaults.baseline);
  if (baseline !== null && pilots.some((p) => p.architecture === "single")) {
    issues.push({ key: "baseline", message: "a single-agent pilot measures the baseline: the pilot is used" });
    baseline = null;
  }
  return {
    scenario: {
      tools: number("tools", defaults.tools),
      decomposability: number("decomposability", defaults.decomposability),
      baseline,
      model,
      capability: number("capability", defaults.capability),
      architecture,
      agents,
      fit,
      evidence,
      like,
      pilots,
      otherPilots,
      inputTokensPerTurn: number("inputTokensPerTurn", defaults.inputTokensPerTurn),
      outputTokensPerTurn: number("outputTokensPerTurn", defaults.outputTokensPerTurn),
      cacheHitRate: number("cacheHitRate", defaults.cacheHitRate),
      sasTurns: number("sasTurns", defaults.sasTurns),
      secondsPerTurn: number("secondsPerTurn", defaults.secondsPerTurn),
      priceInput: number("priceInput", defaults.priceInput),
      priceOutput: number("priceOutput", defaults.priceOutput),
      priceCached: maybe("priceCached", defaults.priceCached),
      maxCost: maybe("maxCost", defaults.maxCost),
      minSuccess: maybe("minSuccess", defaults.minSuccess),
      pilotBudget: maybe("pilotBudget", defaults.pilotBudget),
      planConfidence: number("planConfidence", defaults.planConfidence),
      valuePerSuccess: maybe("valuePerSuccess", defaults.valuePerSuccess),
      tasksPerDay: maybe("tasksPerDay", defaults.tasksPerDay),
      frontier: FRONTIER_CHOICES.find((f) => f === values.frontier) ?? defaults.frontier,
    },
    issues,
  };
}
