import { wholePercent } from "../format/numbers";
import type { Pilot } from "../model/predict/pilots";

/**
 * What was measured, in a sentence: each pilot with its counts, whether they shared their tasks, and
 * how the model uses them (`fused`: the architect's model; otherwise Eq. 1); null without pilots.
 *
 * @example pilotsSentence([{ architecture: "single", agents: 1, tasks: 30, solved: 12, paired: false }], (a) => a) // "Measured on your task: single, 1 agent, 12 of 30 tasks (40%). Every figure combines it with the model (fused: the model's joint prediction of every design, conditioned on what was measured)."
 */
export function pilotsSentence(pilots: readonly Pilot[], label: (architecture: string) => string, fused = true): string | null {
  if (pilots.length === 0) return null;
  const each = pilots.map((p) => `${label(p.architecture)}, ${p.agents} agent${p.agents === 1 ? "" : "s"}, ${p.solved} of ${p.tasks} tasks (${wholePercent(p.solved / p.tasks)})`);
  const paired = pilots.some((p) => p.paired) ? ", all on the same tasks" : "";
  const use = fused
    ? `Every figure combines ${pilots.length === 1 ? "it" : "them"} with the model (fused: the model's joint prediction of every design, conditioned on what was measured).`
    : "The paper's regression (its Eq. 1) takes a single-agent pilot as its baseline and cannot use the others; the architect's model combines them all.";
  return `Measured on your task: ${each.join("; ")}${paired}. ${use}`;
}
