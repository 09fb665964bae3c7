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
};

/** Per-task means a pilot's log measured: turns, input and output tokens, wall-clock seconds, cost in USD. */
export type PilotMeasures = { turns?: number; tokensIn?: number; tokensOut?: number; seconds?: number; costUsd?: number };

/** Measured success of a pilot. */
export const pilotRate = (p: Pick<Pilot, "tasks" | "solved">) => p.solved / p.tasks;
