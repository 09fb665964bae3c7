import type { ArchitectModel } from "../architect/fit";
import { architectJoint, designReadout, type ArchitectQuery } from "../architect/predict";
import { fusePilots, type JointNormal } from "../predict/fusion";
import type { Pilot } from "../predict/pilots";

/** The posterior the planner starts from: the designs θ covers (the single agent first) and the joint normal over them. */
export type DesignPosterior = { designs: string[]; posterior: JointNormal };

/**
 * The architect's model fused with the pilots already run (docs/model.md, "Pilots fused with the
 * model"), as predictArchitectWithPilots fuses them: the joint prior of architectJoint (with a
 * single-agent pilot, the prior's single level is the baseline sub-model's estimate, which the pilot then
 * measures), conditioned on every pilot, each read off θ by designReadout (paired pilots share one task
 * set). Without pilots it is the prior.
 */
export function architectPosterior(model: ArchitectModel, task: ArchitectQuery["task"], pilots: readonly Pilot[], taskCorrelation: number, benchmark?: string): DesignPosterior {
  const singlePiloted = pilots.some((p) => p.architecture === "single");
  const joint = architectJoint(model, singlePiloted ? { ...task, baseline: null } : task, benchmark);
  const posterior = fusePilots(
    joint.prior,
    pilots.map((p) => {
      const readout = designReadout(model, joint, p.architecture, p.agents);
      return { h: readout.h, extraVariance: readout.extraVariance, tasks: p.tasks, solved: p.solved, ...(p.paired ? { pairing: "paired" } : {}) };
    }),
    taskCorrelation,
  );
  return { designs: joint.designs, posterior };
}
