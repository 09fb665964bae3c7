import { wholePercent } from "../format/numbers";
import type { Pilot } from "../model/predict/pilots";

/**
 * What was measured, in a sentence: each pilot with its counts, and whether they shared their tasks;
 * null without pilots.
 *
 * @example pilotsSentence([{ architecture: "single", agents: 1, tasks: 30, solved: 12, paired: false }], (a) => a) // "Measured on your task: single, 1 agent, 12 of 30 tasks (40%). Every figure fuses it with the model."
 */
export function pilotsSentence(pilots: readonly Pilot[], label: (architecture: string) => string): string | null {
  if (pilots.length === 0) return null;
  const each = pilots.map((p) => `${label(p.architecture)}, ${p.agents} agent${p.agents === 1 ? "" : "s"}, ${p.solved} of ${p.tasks} tasks (${wholePercent(p.solved / p.tasks)})`);
  const paired = pilots.some((p) => p.paired) ? ", all on the same tasks" : "";
  return `Measured on your task: ${each.join("; ")}${paired}. Every figure fuses ${pilots.length === 1 ? "it" : "them"} with the model.`;
}
