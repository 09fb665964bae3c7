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
};

/** Measured success of a pilot. */
export const pilotRate = (p: Pick<Pilot, "tasks" | "solved">) => p.solved / p.tasks;
