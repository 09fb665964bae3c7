/**
 * The architect's own pilots (docs/model.md section 5): a design run on the architect's task, with how
 * many tasks it ran and solved. Pilots marked `paired` ran on the same tasks as each other.
 */
export type Pilot = {
  architecture: string;
  agents: number;
  tasks: number;
  solved: number;
  /** Whether this pilot ran on the same tasks as the other paired pilots (their noise is correlated). */
  paired: boolean;
  /** What the pilot measured per task, where its log says (an uploaded run log): these replace the cost model's defaults for its design. */
  measured?: PilotMeasures;
  /**
   * The model the pilot ran with: a model id of data/models.csv, or the name a log gave for a model the
   * catalog lacks. Absent only in the model's own simulations (lib/model/validation), which have none;
   * every pilot of a scenario has one, and only those of the scenario's model are fused.
   */
  model?: string;
};

/** Per-task means a pilot's log measured: turns, input and output tokens, wall-clock seconds, cost in USD. */
export type PilotMeasures = { turns?: number; tokensIn?: number; tokensOut?: number; seconds?: number; costUsd?: number };

/** Measured success of a pilot. */
export const pilotRate = (p: Pick<Pilot, "tasks" | "solved">) => p.solved / p.tasks;

/**
 * The one set of limits a pilot keeps, wherever it comes from (typed, a link, `--pilot`, an uploaded
 * log): the link's codec (lib/scenario/pilots.ts) refuses a pilot outside them and the run-log reader
 * (lib/pilots) reports a row outside them as an invalid row, so a log never yields a pilot the scenario
 * then refuses. `maxAgents` is the scenario's agent range (parameters.ts; a test holds them equal).
 */
export const PILOT_LIMITS = {
  /** Most pilots a scenario takes, so most designs one log may hold. */
  maxPilots: 12,
  /** Most tasks one pilot may report. */
  maxTasks: 100_000,
  maxAgents: 16,
  /** The largest per-task mean of each measure a pilot may carry (and so the largest value of one task). */
  measures: { turns: 100_000, tokensIn: 1e9, tokensOut: 1e9, seconds: 1e7, costUsd: 1e4 },
} as const satisfies { maxPilots: number; maxTasks: number; maxAgents: number; measures: Record<keyof PilotMeasures, number> };

/**
 * The agent counts a pilot of an architecture may have: a single agent has 1, a hybrid needs an
 * orchestrator and two peers (3), the others at least 2; at most PILOT_LIMITS.maxAgents.
 *
 * @example pilotAgentRange("hybrid") // [3, 16]
 */
export function pilotAgentRange(architecture: string): [number, number] {
  if (architecture === "single") return [1, 1];
  return [architecture === "hybrid" ? 3 : 2, PILOT_LIMITS.maxAgents];
}
