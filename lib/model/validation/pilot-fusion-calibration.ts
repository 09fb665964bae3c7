import { mean } from "simple-statistics";
import { drawPairedPilot, drawPilot } from "../decide/paired-draws";
import { EVERY_DESIGN, PLAN_CONFIDENCE, planPilots, type PilotPlan, type PlanChoice } from "../decide/plan";
import { confidenceCall } from "../decide/rule";
import { fusePilots, type JointNormal, type PilotObservation } from "../predict/fusion";
import { at } from "../stats/checked";
import { clusteredMae } from "./pooled";
import { binomialPilots, type FusionGroup } from "./pilot-sources";

/**
 * The planner's calibration (docs/model.md, "Pilots fused with the model"): in the pilot-fusion
 * simulation, after each simulated single-agent pilot, the planner (lib/model/decide/plan.ts, as the app
 * runs it, with the confidence rule: no value per solved task) plans on the held-out group's model-only
 * posterior; its chosen plan is then run against the measured rates, fused, the final call made by the
 * same rule (rule.ts) and scored by its criterion. Where the planner promised a chance, how often was the
 * call right?
 */

/** Plans already made for a group and pilot size, by the single-agent pilot's solved count (the posterior depends on nothing else). */
export type PlanMemo = Map<number, PilotPlan>;

/** One simulated use of the planner: what it chose and promised, and how the final call fared against the measured rates. */
export type CalibrationCase = {
  benchmark: string;
  /** The size of the single-agent pilot already run. */
  singleTasks: number;
  kind: PlanChoice["kind"];
  /** The plan run (null when none was needed): design, tasks, whether the single agent joined, and its cost in the caller's unit. */
  plan: { design: string; tasks: number; withSingle: boolean; cost: number } | null;
  /** The chance the planner promised for the plan run (or for the call now), and the success it expected to give up. */
  promised: number;
  promisedLoss: number;
  /** The final call against the measured rates: right by the rule's criterion (a multi-agent call beats the single agent; a single-agent call is beaten by none), and the success given up. */
  right: boolean;
  loss: number;
};

/**
 * Runs the planner after one simulated single-agent pilot (`draw`: its solved count and the model-only
 * posterior), runs the plan it chose against the group's measured rates, and scores the final call. With
 * no plan reaching the target, the most confident plan is run (it promised less than the target).
 */
export function calibrationCase(
  group: FusionGroup,
  singleTasks: number,
  draw: { single: number; modelOnly: JointNormal },
  costs: readonly number[],
  taskCorrelation: number,
  random: () => number,
  memo: PlanMemo,
): CalibrationCase {
  const plan = memo.get(draw.single) ?? planPilots({ designs: group.designs, posterior: draw.modelOnly, costPerTask: costs, taskCorrelation });
  memo.set(draw.single, plan);
  const option = plan.choice.kind === "plan" ? plan.choice.option : plan.choice.kind === "none-affordable" ? plan.choice.best : null;
  const truth = group.measured;
  let final = draw.modelOnly;
  if (option !== null) {
    const e = (i: number) => truth.map((_, j) => (j === i ? 1 : 0));
    const earlier: PilotObservation = { h: e(0), tasks: singleTasks, solved: draw.single, pairing: "earlier" };
    let added: PilotObservation[];
    if (option.design === EVERY_DESIGN) {
      // Every design on the same new tasks (the single agent's outcomes drawn either way: the others are drawn given them).
      const pilots = binomialPilots(taskCorrelation)(random, group, option.tasks);
      added = truth.flatMap((_, i) =>
        i === 0 && !option.withSingle ? [] : [{ h: e(i), tasks: option.tasks, solved: i === 0 ? pilots.single : pilots.on(i), pairing: "plan" }],
      );
    } else {
      const d = group.designs.indexOf(option.design);
      if (option.withSingle) {
        const { first, second } = drawPairedPilot(random, at(truth, 0), at(truth, d), taskCorrelation, option.tasks);
        added = [
          { h: e(0), tasks: option.tasks, solved: first, pairing: "plan" },
          { h: e(d), tasks: option.tasks, solved: second, pairing: "plan" },
        ];
      } else added = [{ h: e(d), tasks: option.tasks, solved: drawPilot(random, at(truth, d), option.tasks) }];
    }
    final = fusePilots(group.prior, [earlier, ...added], taskCorrelation);
  }
  const call = confidenceCall(final, costs, plan.target).call;
  const best = Math.max(...truth);
  const figures = option ?? plan.now;
  return {
    benchmark: group.benchmark,
    singleTasks,
    kind: plan.choice.kind,
    plan: option === null ? null : { design: option.design, tasks: option.tasks, withSingle: option.withSingle, cost: option.pilotCost },
    promised: figures.chance,
    promisedLoss: figures.expectedLoss,
    right: call > 0 ? at(truth, call) > at(truth, 0) : Math.max(...truth.slice(1)) <= at(truth, 0),
    loss: best - at(truth, call),
  };
}

/** Bins of promised confidence (pre-specified). */
export const CALIBRATION_BIN_EDGES = [0, 0.5, 0.7, 0.8, 0.9, 0.95, 1] as const;

/** A share with its SE over held-out benchmarks (cases of one benchmark move together). */
export type ClusteredShare = { mean: number; se: number };

/** The cases whose promise fell in [from, to) (the last bin includes 1): how many, what was promised on average, how often the call was right. */
export type CalibrationBin = { from: number; to: number; cases: number; benchmarks: number; promised: number; right: ClusteredShare };

/** The planner's calibration over every simulated case. */
export type PlannerCalibration = {
  target: number;
  cases: number;
  /** Share of cases by the planner's choice. */
  choices: Record<PlanChoice["kind"], number>;
  /** By promised chance, the final call right by the rule's criterion. */
  bins: CalibrationBin[];
  /** The cases promised at least the target: how many, the mean promise, how often right, and the loss promised and realized. */
  atTarget: { cases: number; promised: number; right: ClusteredShare; promisedLoss: number; loss: ClusteredShare };
  /** The same cases by the planner's choice: no pilot needed, or a plan reaching the target. */
  atTargetByKind: Record<"none-needed" | "plan", { cases: number; promised: number; right: ClusteredShare }>;
  /** Every case: the loss promised and realized. */
  loss: { promised: number; realized: ClusteredShare };
};

const share = (cases: readonly CalibrationCase[], value: (c: CalibrationCase) => number): ClusteredShare => {
  const r = clusteredMae(
    cases.map(value),
    cases.map((c) => c.benchmark),
  );
  return { mean: r.mae, se: r.se };
};

const summary = (cases: readonly CalibrationCase[], right: (c: CalibrationCase) => boolean) => ({
  cases: cases.length,
  promised: cases.length === 0 ? Number.NaN : mean(cases.map((c) => c.promised)),
  right: share(cases, (c) => +right(c)),
});

function binned(cases: readonly CalibrationCase[], promise: (c: CalibrationCase) => number, right: (c: CalibrationCase) => boolean): CalibrationBin[] {
  return CALIBRATION_BIN_EDGES.slice(0, -1).map((from, b) => {
    const to = at(CALIBRATION_BIN_EDGES, b + 1);
    const last = b === CALIBRATION_BIN_EDGES.length - 2;
    const inBin = cases.filter((c) => promise(c) >= from && (promise(c) < to || (last && promise(c) <= to)));
    return {
      from,
      to,
      cases: inBin.length,
      benchmarks: new Set(inBin.map((c) => c.benchmark)).size,
      promised: inBin.length === 0 ? Number.NaN : mean(inBin.map(promise)),
      right: share(inBin, (c) => +right(c)),
    };
  });
}

/** Summarizes the cases (the planner's default target). */
export function calibrationTable(cases: readonly CalibrationCase[], target = PLAN_CONFIDENCE): PlannerCalibration {
  const rightOf = (c: CalibrationCase) => c.right;
  const confident = cases.filter((c) => c.promised >= target);
  const count = (kind: PlanChoice["kind"]) => (cases.length === 0 ? Number.NaN : cases.filter((c) => c.kind === kind).length / cases.length);
  return {
    target,
    cases: cases.length,
    choices: { "none-needed": count("none-needed"), plan: count("plan"), "none-affordable": count("none-affordable") },
    bins: binned(cases, (c) => c.promised, rightOf),
    atTarget: {
      cases: confident.length,
      promised: confident.length === 0 ? Number.NaN : mean(confident.map((c) => c.promised)),
      right: share(confident, (c) => +rightOf(c)),
      promisedLoss: confident.length === 0 ? Number.NaN : mean(confident.map((c) => c.promisedLoss)),
      loss: share(confident, (c) => c.loss),
    },
    atTargetByKind: {
      "none-needed": summary(
        confident.filter((c) => c.kind === "none-needed"),
        rightOf,
      ),
      plan: summary(
        confident.filter((c) => c.kind === "plan"),
        rightOf,
      ),
    },
    loss: { promised: cases.length === 0 ? Number.NaN : mean(cases.map((c) => c.promisedLoss)), realized: share(cases, (c) => c.loss) },
  };
}
