/**
 * The one table of scenario parameters (docs/architecture.md, "One table per concept"): key, URL key, CLI flag, label, unit,
 * bounds, step and default. Each row yields a descriptor (descriptors.ts: its zod check, parse and
 * serialize, which the page wraps in nuqs's parsers), its field of `Scenario` and its default
 * (scenario.ts), its URL key and CLI flag; the table also drives the sliders. Bounds are hard limits of what may be asked; whether an answer extrapolates beyond
 * the runs is a separate, data-driven question (lib/model/predict/extrapolation.ts).
 */

import { PAPER_REASONING_TOKENS_PER_TASK, PAPER_SINGLE_AGENT_TURNS } from "../model/cost/design-cost";
import { PLAN_CONFIDENCE } from "../model/decide/plan";
import { DEFAULT_EVIDENCE, EVIDENCE_CHOICES } from "../model/architect/evidence-choice";
import { FITS } from "../model/choose/fitted-models";

/** The paper's reasoning tokens per single-agent task spread over its turns, to the slider's step of 10 (670). */
export const DEFAULT_OUTPUT_TOKENS_PER_TURN = Math.round(PAPER_REASONING_TOKENS_PER_TASK / PAPER_SINGLE_AGENT_TURNS / 10) * 10;

export type NumberParameter = {
  kind: "number";
  key:
    | "tools"
    | "decomposability"
    | "baseline"
    | "capability"
    | "agents"
    | "inputTokensPerTurn"
    | "outputTokensPerTurn"
    | "cacheHitRate"
    | "sasTurns"
    | "secondsPerTurn"
    | "priceInput"
    | "priceOutput"
    | "priceCached"
    | "maxCost"
    | "minSuccess"
    | "pilotBudget"
    | "tasksPerDay"
    | "planConfidence"
    | "valuePerSuccess";
  urlKey: string;
  flag: string;
  label: string;
  unit: string;
  min: number;
  max: number;
  step: number;
  integer: boolean;
  /**
   * Default value; null means "derived" or "none": baseline estimated, capability and prices from the
   * model, agents the architecture's measured count, no cost or success constraint.
   */
  default: number | null;
  /**
   * What "none" means, in words ("an estimate", "no limit"): a link, flag or API body may give `none` (null in
   * JSON) for this parameter.
   */
  unset?: string;
  /** The scenario may hold null for it (none), so `Scenario[key]` is `number | null`; else a number (none then means the default). */
  nullable?: true;
  description: string;
};

export type ChoiceParameter = {
  kind: "choice";
  key: "model" | "architecture" | "fit" | "evidence" | "like" | "frontier";
  urlKey: string;
  flag: string;
  label: string;
  /** Fixed choices, or null when they come from data/ (models, architectures). */
  choices: readonly string[] | null;
  default: string;
  description: string;
};

/** The architect's pilots: one structured value (lib/scenario/pilots.ts encodes it). */
export type PilotsParameter = {
  kind: "pilots";
  key: "pilots";
  urlKey: string;
  flag: string;
  label: string;
  default: null;
  description: string;
};

export type Parameter = NumberParameter | ChoiceParameter | PilotsParameter;

/** The prediction models a scenario can ask for. */
export { FITS } from "../model/choose/fitted-models";

/** Which designs the Pareto frontier may pass through: measured agent counts only (default), or extrapolated ones too. */
export const FRONTIER_CHOICES = ["measured", "all"] as const;

/** The `like` value for "a task unlike every stored benchmark". */
export const NO_BENCHMARK = "none";
/** The `architecture` value (the default) for "no design of my own": the calculator compares every design and marks none as yours. */
export const NO_DESIGN = "none";
/** The `like` value (the default) for "the stored benchmark my task matches on every input, if one does". */
export const AUTO_BENCHMARK = "auto";

export const PARAMETERS = [
  {
    kind: "number",
    key: "tools",
    urlKey: "tools",
    flag: "tools",
    label: "Tools",
    unit: "tools",
    min: 0,
    max: 64,
    step: 1,
    integer: true,
    default: 5,
    description: "tool count T the agents can call (0: a tool-free task, such as question answering)",
  },
  {
    kind: "number",
    key: "decomposability",
    urlKey: "decomp",
    flag: "decomposability",
    label: "Decomposability",
    unit: "",
    min: 0,
    max: 1,
    step: 0.05,
    integer: false,
    default: 0.5,
    description: "share of the work that splits into independent sub-tasks (0 sequential, 1 fully parallel)",
  },
  {
    kind: "number",
    key: "baseline",
    urlKey: "baseline",
    flag: "baseline",
    label: "Single-agent baseline",
    unit: "success rate",
    min: 0,
    max: 1,
    step: 0.01,
    integer: false,
    default: null,
    nullable: true,
    unset: "an estimate",
    description:
      "a single-agent success with no task count (kept for old links; taken as a 100-task pilot): prefer --pilot single:SOLVED/TASKS; omitted = estimated",
  },
  {
    kind: "choice",
    key: "model",
    urlKey: "model",
    flag: "model",
    label: "Model",
    choices: null,
    default: "gpt-5-mini",
    description: "model id from data/models.csv; sets the capability index",
  },
  {
    kind: "number",
    key: "capability",
    urlKey: "cap",
    flag: "capability",
    label: "Capability index",
    unit: "index (v2/v3 scale)",
    min: 0,
    max: 100,
    step: 1,
    integer: false,
    default: null,
    description: "Intelligence Index on the paper's v2/v3 scale; omitted = the model's",
  },
  {
    kind: "choice",
    key: "architecture",
    urlKey: "arch",
    flag: "architecture",
    label: "Your design",
    choices: null,
    default: NO_DESIGN,
    description:
      "a design of your own to mark and compare: an architecture id from data/architectures.csv; none (default) = compare every design without marking one",
  },
  {
    kind: "number",
    key: "agents",
    urlKey: "agents",
    flag: "agents",
    label: "Agents",
    unit: "agents",
    min: 1,
    max: 16,
    step: 1,
    integer: true,
    default: null,
    description: "agent count; omitted = the architecture's measured count",
  },
  {
    kind: "choice",
    key: "fit",
    urlKey: "fit",
    flag: "fit",
    label: "Prediction model",
    choices: FITS,
    default: "architect",
    description: "architect (default), or the paper's Eq. 1 fitted to v3 or v2",
  },
  {
    kind: "choice",
    key: "evidence",
    urlKey: "evidence",
    flag: "evidence",
    label: "Evidence",
    choices: EVIDENCE_CHOICES,
    default: DEFAULT_EVIDENCE,
    description: "studies the architect's model learns from: all (default), evaluations (no method papers) or kim (Kim et al. only)",
  },
  {
    kind: "choice",
    key: "like",
    urlKey: "like",
    flag: "like",
    label: "My task resembles",
    choices: null,
    default: AUTO_BENCHMARK,
    description:
      "a benchmark id of the evidence (data/benchmarks.csv) the task resembles: its measured effects apply; auto (default) = the one stored benchmark that matches the task's tools and decomposability, if exactly one does; none = a new task",
  },
  {
    kind: "pilots",
    key: "pilots",
    urlKey: "pilot",
    flag: "pilot",
    label: "Pilots",
    default: null,
    description: "a design run on your own task, ARCHITECTURE[:AGENTS]:SOLVED/TASKS, e.g. centralized:4:15/30 (repeatable); fused with the architect's model",
  },
  {
    kind: "number",
    key: "inputTokensPerTurn",
    urlKey: "in_tok",
    flag: "input-tokens-per-turn",
    label: "Input tokens per turn",
    unit: "tokens",
    min: 0,
    max: 1000000,
    step: 100,
    integer: true,
    default: 3000,
    description: "tokens sent per LLM call: prompt, tools, transcript",
  },
  {
    kind: "number",
    key: "outputTokensPerTurn",
    urlKey: "out_tok",
    flag: "output-tokens-per-turn",
    label: "Output tokens per turn",
    unit: "tokens",
    min: 0,
    max: 200000,
    step: 10,
    integer: true,
    default: DEFAULT_OUTPUT_TOKENS_PER_TURN,
    description: "tokens generated per LLM call, reasoning included",
  },
  {
    kind: "number",
    key: "cacheHitRate",
    urlKey: "cache",
    flag: "cache-hit-rate",
    label: "Cache hit rate",
    unit: "share of input",
    min: 0,
    max: 1,
    step: 0.05,
    integer: false,
    default: 0.5,
    description: "share of input tokens served from the prompt cache",
  },
  {
    kind: "number",
    key: "sasTurns",
    urlKey: "turns",
    flag: "sas-turns",
    label: "Single-agent turns",
    unit: "turns per task",
    min: 1,
    max: 500,
    step: 0.1,
    integer: false,
    default: PAPER_SINGLE_AGENT_TURNS,
    description: `LLM calls a single agent makes per task (the paper's runs: ${PAPER_SINGLE_AGENT_TURNS})`,
  },
  {
    kind: "number",
    key: "secondsPerTurn",
    urlKey: "sec",
    flag: "seconds-per-turn",
    label: "Seconds per turn",
    unit: "seconds",
    min: 0,
    max: 3600,
    step: 0.5,
    integer: false,
    default: 6,
    description: "wall-clock seconds per LLM call, tools included",
  },
  {
    kind: "number",
    key: "priceInput",
    urlKey: "p_in",
    flag: "price-input",
    label: "Input price",
    unit: "USD per 1M tokens",
    min: 0,
    max: 1000,
    step: 0.01,
    integer: false,
    default: null,
    unset: "no price",
    description: "USD per 1M input tokens; omitted = the model's listed price",
  },
  {
    kind: "number",
    key: "priceOutput",
    urlKey: "p_out",
    flag: "price-output",
    label: "Output price",
    unit: "USD per 1M tokens",
    min: 0,
    max: 1000,
    step: 0.01,
    integer: false,
    default: null,
    unset: "no price",
    description: "USD per 1M output tokens; omitted = the model's listed price",
  },
  {
    kind: "number",
    key: "priceCached",
    urlKey: "p_cached",
    flag: "price-cached",
    label: "Cached input price",
    unit: "USD per 1M tokens",
    min: 0,
    max: 1000,
    step: 0.001,
    integer: false,
    default: null,
    nullable: true,
    unset: "none (cached input billed at the input price)",
    description: "USD per 1M cached input tokens; omitted = the model's listed price (input price when none is listed)",
  },
  {
    kind: "number",
    key: "valuePerSuccess",
    urlKey: "value",
    flag: "value",
    label: "Value of a solved task",
    unit: "USD",
    min: 0,
    max: 1000000,
    step: 0.01,
    integer: false,
    default: null,
    nullable: true,
    unset: "not stated",
    description:
      "what one solved task is worth to you, USD: the recommendation then weighs each design's expected value against its cost; omitted = recommend a multi-agent design only when it beats the single agent with the confidence target",
  },
  {
    kind: "number",
    key: "maxCost",
    urlKey: "max_cost",
    flag: "max-cost",
    label: "Max cost per task",
    unit: "USD",
    min: 0,
    max: 100000,
    step: 0.01,
    integer: false,
    default: null,
    nullable: true,
    unset: "no limit",
    description: "only recommend designs costing at most this per task; omitted = no limit",
  },
  {
    kind: "number",
    key: "pilotBudget",
    urlKey: "pilot_budget",
    flag: "pilot-budget",
    label: "Pilot budget",
    unit: "USD",
    min: 0,
    max: 1000000,
    step: 0.5,
    integer: false,
    default: null,
    nullable: true,
    unset: "no limit",
    description: "the most the next pilot may cost, for the pilot planner (plan, and the page's planner); omitted = no limit",
  },
  {
    kind: "number",
    key: "planConfidence",
    urlKey: "confidence",
    flag: "confidence",
    label: "Confidence target",
    unit: "chance",
    min: 0.5,
    max: 0.99,
    step: 0.01,
    integer: false,
    default: PLAN_CONFIDENCE,
    description: `the chance a multi-agent design must beat the single agent with to be recommended without a value per solved task, and the chance the call must reach after the next pilot (the pilot planner); a share: ${PLAN_CONFIDENCE} is ${PLAN_CONFIDENCE * 100}%`,
  },
  {
    kind: "number",
    key: "minSuccess",
    urlKey: "min_success",
    flag: "min-success",
    label: "Min success",
    unit: "success rate",
    min: 0,
    max: 1,
    step: 0.01,
    integer: false,
    default: null,
    nullable: true,
    unset: "no floor",
    description: "only recommend designs predicted to succeed at least this often; omitted = no floor",
  },
  {
    kind: "number",
    key: "tasksPerDay",
    urlKey: "tasks_day",
    flag: "tasks-per-day",
    label: "Tasks per day",
    unit: "tasks",
    min: 0,
    max: 100000000,
    step: 1,
    integer: false,
    default: null,
    nullable: true,
    unset: "no volume",
    description: "tasks run per day: the designs' monthly cost (30 days); omitted = per task only",
  },
  {
    kind: "choice",
    key: "frontier",
    urlKey: "frontier",
    flag: "frontier",
    label: "Frontier designs",
    choices: FRONTIER_CHOICES,
    default: "measured",
    description: "designs the Pareto frontier may pass through: measured (default: each architecture's measured agent count) or all (extrapolated counts too)",
  },
] as const satisfies readonly Parameter[];

export type ParameterKey = (typeof PARAMETERS)[number]["key"];

/** The parameter with a given key. */
export function parameter<K extends ParameterKey>(key: K): Extract<(typeof PARAMETERS)[number], { key: K }> {
  const found = PARAMETERS.find((p) => p.key === key);
  if (found === undefined) throw new RangeError(`no parameter ${key}`);
  return found as Extract<(typeof PARAMETERS)[number], { key: K }>;
}

/** A number parameter's label, range and whether it is whole, as a slider or number field takes them. */
export function rangeOf(key: NumberParameter["key"]): { label: string; min: number; max: number; step: number; integer: boolean } {
  const { label, min, max, step, integer } = parameter(key) as NumberParameter;
  return { label, min, max, step, integer };
}
