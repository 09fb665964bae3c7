import { wholePercent } from "../format/numbers";
import type { Pilot } from "../model/predict/pilot-runs";
import { counted, plural } from "../format/words";

/**
 * What was measured, in a sentence: each pilot with its counts, whether they shared their tasks, and
 * how the model uses them (`fused`: the architect's model; otherwise Eq. 1); null without pilots.
 *
 * @example pilotsSentence([{ architecture: "single", agents: 1, tasks: 30, solved: 12, paired: false }], (a) => a) // "Measured on your task: single, 1 agent, 12 of 30 tasks (40%). Every figure combines it with the model (fused: the model's joint prediction of every design, conditioned on what was measured)."
 */
export function pilotsSentence(pilots: readonly Pilot[], label: (architecture: string) => string, fused = true): string | null {
  if (pilots.length === 0) return null;
  const each = pilots.map(
    (p) => `${label(p.architecture)}, ${counted(p.agents, "agent")}, ${p.solved} of ${p.tasks} tasks (${wholePercent(p.solved / p.tasks)})`,
  );
  const paired = pilots.some((p) => p.paired) ? ", all on the same tasks" : "";
  const use = fused
    ? `Every figure combines ${plural(pilots.length, "it", "them")} with the model (fused: the model's joint prediction of every design, conditioned on what was measured).`
    : "The paper's regression (its Eq. 1) takes a single-agent pilot as its baseline and cannot use the others; the architect's model combines them all.";
  return `Measured on your task: ${each.join("; ")}${paired}. ${use}`;
}

/**
 * The notice for pilots that ran with another model than the scenario's: which models, and that they
 * are shown, not fused, and how to use them; null when there are none. `label` names a model (its
 * catalog label, else the name the log gave); `canPredict` says whether the calculator can predict for it.
 *
 * @example otherPilotsNotice([{ architecture: "single", agents: 1, tasks: 30, solved: 17, paired: false, model: "gpt-5-mini" }], "gpt-5-nano", (m) => m) // "1 pilot ran with gpt-5-mini, not gpt-5-nano (the model you predict for): it is shown, not fused. Predict for gpt-5-mini to fuse it."
 */
export function otherPilotsNotice(
  other: readonly Pilot[],
  model: string,
  label: (model: string) => string,
  canPredict: (model: string) => boolean = () => true,
): string | null {
  if (other.length === 0) return null;
  const models = [...new Set(other.map((p) => p.model ?? model))];
  const one = other.length === 1;
  const names = models.map(label);
  const list = names.length === 1 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} and ${names.at(-1) ?? ""}`;
  const shown = `${other.length} pilot${one ? "" : "s"} ran with ${list}, not ${label(model)} (the model you predict for): ${one ? "it is" : "they are"} shown, not fused.`;
  if (models.some(canPredict)) return `${shown} Predict for ${names.length === 1 ? list : "their model"} to fuse ${one ? "it" : "them"}.`;
  return `${shown} The calculator cannot predict for ${list} (no capability index): count ${one ? "it" : "them"} as ${label(model)} runs to fuse ${one ? "it" : "them"}.`;
}
