import { formatFixed, formatPercent } from "../format/numbers";
import type { ClusteredMae } from "../model/validation/pooled";
import type { CallRecord, TrustFigures } from "../model/validation/trust";

/**
 * The methodology page's "How far to trust this" box, in words an architect reads without the tables:
 * every figure comes from lib/model/validation/trust.ts (held-out predictions), none is typed in.
 */

export type TrustItem = { key: "error" | "calls" | "pilot"; title: string; text: string };

/** A share of success rate in percentage points, one decimal: 0.1099 → "11.0". */
export const points = (x: number) => formatFixed(100 * x, 1);

const right = (n: number, of: number) => formatPercent(n / of, 0);
/** Dollars per task to three decimals: "$0.037". */
const usd = (x: number) => `$${formatFixed(x, 3)}`;

/**
 * How a model's error compares with the naive rule's: "about as far off as" when they differ by no more
 * than the larger standard error, else "closer than" or "farther off than".
 *
 * @example comparedError({ mae: 0.110, se: 0.019 }, { mae: 0.107, se: 0.024 }) // "about as far off as"
 */
export function comparedError(model: Pick<ClusteredMae, "mae" | "se">, naive: Pick<ClusteredMae, "mae" | "se">): string {
  const se = Math.max(model.se, naive.se);
  if (Number.isFinite(se) && Math.abs(model.mae - naive.mae) <= se) return "about as far off as";
  return model.mae < naive.mae ? "closer than" : "farther off than";
}

/** The three calls' shares in a clause, and whether always building multi-agent did at least as well as the model. */
function calls(c: CallRecord): { model: string; naive: string; alwaysMulti: string; noBetter: boolean } {
  return {
    model: right(c.architect, c.groups),
    naive: right(c.naive, c.groups),
    alwaysMulti: right(c.alwaysMulti, c.groups),
    noBetter: c.alwaysMulti >= c.architect,
  };
}

/** The box: its items in reading order, each a headline with its figure and a sentence or two of support. */
export function trustBox(t: TrustFigures): TrustItem[] {
  const { pooled, kim, pilot } = t;
  const kimCalls = calls(kim.calls);
  const pooledCalls = calls(pooled.calls);
  const noBetter = (c: { noBetter: boolean }, where: string) => (c.noBetter ? ` ${where}, that call is no better than always building multi-agent.` : "");
  const { kimLoboPilot: dk, kimLoboNoPilot: dn, loso: ds } = t.decisions;
  return [
    {
      key: "error",
      title: `Typical error on a task unlike the stored ones: ${points(pooled.architect.mae)} points.`,
      text:
        `Predicting a multi-agent design's success rate on a benchmark held out of the fit, the model is off by ${points(pooled.architect.mae)} percentage points ` +
        `on average (standard error ${points(pooled.architect.se)}, over ${pooled.architect.groups} held-out benchmarks), ` +
        `${comparedError(pooled.architect, pooled.naive)} the naive rule “multi-agent = single-agent” (${points(pooled.naive.mae)}, standard error ${points(pooled.naive.se)}). ` +
        `On Kim et al.'s six agentic benchmarks it is off by ${points(kim.architect.mae)} points, against the naive rule's ${points(kim.naive.mae)}.`,
    },
    {
      key: "calls",
      title: `Recommendations held out, by what they would have cost: with a single-agent pilot and a solved task worth $1, the rule gave up ${usd(dk.value.regret["1"])} per task, always one agent ${usd(dk.alwaysSingle.regret["1"])}.`,
      text:
        `On Kim et al.'s six benchmarks, each held out of the fit (${dk.value.groups} groups, each design costed at its model's listed price), the net value given up against the measured best design, per task, ` +
        `at a solved task worth $1 and $10: the rule with that value ${usd(dk.value.regret["1"])} (standard error ${usd(dk.value.regretSe["1"])}) and ${usd(dk.value.regret["10"])} (${usd(dk.value.regretSe["10"])}); ` +
        `always a single agent ${usd(dk.alwaysSingle.regret["1"])} and ${usd(dk.alwaysSingle.regret["10"])}; always multi-agent ${usd(dk.alwaysMulti.regret["1"])} and ${usd(dk.alwaysMulti.regret["10"])}; ` +
        `the old rule (the highest predicted success) ${usd(dk.old.regret["1"])} and ${usd(dk.old.regret["10"])}. ` +
        `Without a value the rule builds a multi-agent design only when it beats the single agent with 90% confidence: held out, in ${dk.confidence.multiCalls} of ${dk.confidence.groups} groups with a pilot and ${dn.confidence.multiCalls} without. ` +
        `Single agent or multi-agent, the old rule's call was right in ${kimCalls.model} with a pilot${kim.calls.architectNoPilot === null ? "" : ` and ${right(kim.calls.architectNoPilot, kim.calls.groups)} without`}, ` +
        `never building multi-agent in ${kimCalls.naive}, always in ${kimCalls.alwaysMulti}; across every study's ${pooled.calls.groups} cells (with a pilot), ${pooledCalls.model}, ${pooledCalls.naive} and ${pooledCalls.alwaysMulti}.` +
        noBetter(kimCalls, "On Kim et al.'s benchmarks") +
        noBetter(pooledCalls, "Across studies") +
        ` Held out a whole study at a time (${ds.value.groups} priced cells), the rule with a value gave up ${usd(ds.value.regret["1"])} at $1 against always one agent's ${usd(ds.alwaysSingle.regret["1"])}.`,
    },
    {
      key: "pilot",
      title: `A pilot of about ${pilot.tasks} tasks measures a design better than any prediction here.`,
      text:
        `Running a design on k tasks measures its success rate with an expected error of about 0.8·√(p(1 − p)/k). ` +
        `At ${formatPercent(pilot.success, 0)} success that is below the model's ${points(pooled.architect.mae)} points from ${pooled.pilotTasks.architect} tasks ` +
        `(${kim.pilotTasks.architect} against its ${points(kim.architect.mae)} on Kim et al.'s benchmarks), and below every error above from ${pilot.tasks}.`,
    },
  ];
}
