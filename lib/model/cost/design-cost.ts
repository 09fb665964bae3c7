import { turnsAt } from "../predict/agent-count-rule";

/**
 * The cost model of docs/model.md section 3: turns, tokens, dollars and time of one task for a design.
 * Prices are USD per 1M tokens.
 */

/**
 * The cost defaults' sources in the paper's text: single-agent turns per task (Table 5; the data's
 * single-architecture turns_mean, which a test checks) and the reasoning tokens per single-agent task
 * the paper matched across architectures.
 */
export const PAPER_SINGLE_AGENT_TURNS = 7.2;
export const PAPER_REASONING_TOKENS_PER_TASK = 4800;

/** What a cost estimate needs besides the design. */
export type CostInputs = {
  /** Turns a single agent takes on the task, t0 (default 7.2, the paper's Table 5). */
  singleAgentTurns: number;
  inputTokensPerTurn: number;
  outputTokensPerTurn: number;
  /** Share of input tokens served from the prompt cache, in [0, 1]. */
  cacheHitRate: number;
  secondsPerTurn: number;
  price: { input: number; output: number; cached: number | null };
};

/** An architecture as the cost model needs it: Table 5's turns over the single agent's, and the agent count measured. */
export type CostArchitecture = { architecture: string; turnRatio: number; agents: number };

/** Each architecture's turn ratio from the stored Table 5 turns (single agent = 1). */
export function costArchitectures(architectures: readonly { architecture: string; turns_mean: number; agents: number }[]): Record<string, CostArchitecture> {
  const single = architectures.find((a) => a.agents === 1);
  if (single === undefined) throw new RangeError("no single-agent architecture (agents = 1) to take turn ratios from");
  return Object.fromEntries(
    architectures.map((a) => [a.architecture, { architecture: a.architecture, turnRatio: a.turns_mean / single.turns_mean, agents: a.agents }]),
  );
}

export type DesignCost = {
  turns: number;
  tokens: { input: number; output: number };
  costUsd: number;
  /** Cost per successful task, or null when predicted success is below 1%. */
  costPerSuccessUsd: number | null;
  wallClockSeconds: number;
  /** True when the model lists no cached-input price, so cached input was billed at the input price. */
  cachedBilledAtInput: boolean;
  /** Which figures a pilot of this design measured (they replace the modelled ones); empty when none. */
  measured: (keyof Measures)[];
};

/** Per-task means a pilot measured for a design (lib/model/predict/pilot-runs.ts PilotMeasures). */
type Measures = { turns?: number; tokensIn?: number; tokensOut?: number; seconds?: number; costUsd?: number };

/**
 * Turns per task of an architecture at `agents`: t_a = t0 · turns_a / turns_single at the measured count,
 * moved to another count by the paper's turn law, t_a(n) = t_a · turns(n) / turns(n_a).
 *
 * @example designTurns({ architecture: "centralized", turnRatio: 27.7 / 7.2, agents: 4 }, 4, 7.2) // 27.7
 */
export function designTurns(a: CostArchitecture, agents: number, singleAgentTurns: number): number {
  const atMeasured = singleAgentTurns * a.turnRatio;
  return agents === a.agents ? atMeasured : (atMeasured * turnsAt(agents)) / turnsAt(a.agents);
}

/**
 * One task's cost for a design: tokens = turns x tokens per turn; cost = [input (1 - h) p_in +
 * input h p_cached + output p_out] / 1e6 with h the cache hit rate (p_cached = p_in when none is listed);
 * cost per success = cost / success (null below 1%); wall clock = turns / parallel x seconds per turn,
 * parallel = 1 for a single agent and the agent count otherwise (Table 2). What a pilot of the design
 * measured per task (`measured`: turns, tokens, seconds, cost) replaces the modelled figure, and the
 * result lists which.
 *
 * @example designCost({ architecture: "single", turnRatio: 1, agents: 1 }, 1, 0.5, { singleAgentTurns: 7.2, inputTokensPerTurn: 3000, outputTokensPerTurn: 670, cacheHitRate: 0, secondsPerTurn: 6, price: { input: 1.25, output: 10, cached: 0.125 } }).costUsd
 * // 0.07524 (21,600 in at $1.25 = 0.027; 4,824 out at $10 = 0.04824)
 */
export function designCost(a: CostArchitecture, agents: number, successRate: number, inputs: CostInputs, measured: Measures = {}): DesignCost {
  const turns = measured.turns ?? designTurns(a, agents, inputs.singleAgentTurns);
  const input = measured.tokensIn ?? turns * inputs.inputTokensPerTurn;
  const output = measured.tokensOut ?? turns * inputs.outputTokensPerTurn;
  const h = inputs.cacheHitRate;
  const cachedPrice = inputs.price.cached ?? inputs.price.input;
  const costUsd = measured.costUsd ?? (input * (1 - h) * inputs.price.input + input * h * cachedPrice + output * inputs.price.output) / 1e6;
  const parallel = a.architecture === "single" ? 1 : agents;
  return {
    turns,
    tokens: { input, output },
    costUsd,
    costPerSuccessUsd: successRate < 0.01 ? null : costUsd / successRate,
    wallClockSeconds: measured.seconds ?? (turns / parallel) * inputs.secondsPerTurn,
    cachedBilledAtInput: inputs.price.cached === null && measured.costUsd === undefined,
    measured: (Object.keys(measured) as (keyof Measures)[]).filter((k) => measured[k] !== undefined),
  };
}
