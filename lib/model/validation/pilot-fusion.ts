import { computedOnce } from "../serving/disk-cache";
import { mean, standardDeviation } from "simple-statistics";
import type { Dataset } from "../../data/dataset";
import type { Run } from "../../data/schemas";
import { architectExamples } from "../architect/architect-examples";
import { architectJoint } from "../architect/architect-predict";
import { taskCorrelation as measureTaskCorrelation } from "../architect/task-correlation";
import { costArchitectures } from "../cost/design-cost";
import { planPilots } from "../decide/plan";
import { fusePilots, type JointNormal, type PilotObservation } from "../predict/fusion";
import { clip01 } from "../predict/prediction";
import { at, field, got } from "../stats/checked";
import { Z90 } from "../stats/normal";
import { seededRandom } from "../stats/random";
import { loboArchitectModel } from "./models";
import { clusteredMae } from "./pooled";
import { binomialPilots, taskSubsetPilots, type FusionGroup, type PilotSource } from "./pilot-sources";
import { calibrationCase, calibrationTable, type CalibrationCase, type PlanMemo, type PlannerCalibration } from "./pilot-fusion-calibration";

/**
 * Pilots fused with the model, validated (docs/model.md, "Pilots fused with the model"). On Kim et al.'s
 * (benchmark, model) groups with every design measured, each benchmark held out of the architect's fit as
 * the harness holds it out (LOBO), an architect's pilots are simulated against the measured rates: a
 * single-agent pilot of k tasks; the multi-agent design the planner chooses (the one whose k-task pilot
 * gives the call the highest chance of being right, judged on the fused posterior), piloted on the same k
 * tasks (correlated with the single agent's outcomes at the measured task correlation); both fused with
 * the held-out prior. The measured rates are the truth of the simulation; no held-out figure reaches
 * its own prior.
 */

/** Pilot sizes simulated (pre-specified). */
export const PILOT_FUSION_TASKS = [10, 20, 30, 50] as const;
/** Draws per group and pilot size (pre-specified, before any figure was seen); every figure reports its Monte Carlo SE over them. */
export const PILOT_FUSION_DRAWS = 200;
/** The simulation's seed: every figure is reproducible. */
export const PILOT_FUSION_SEED = 2512;

/**
 * The rules compared: the model fused with both pilots (the multi-agent design piloted chosen by the
 * planner); the same with the design the model recommends piloted instead (the rule before the planner
 * chose); every multi-agent design piloted on the same tasks, fused with the model (a larger protocol:
 * four times the multi-agent tasks, shown for what it would reach); the model fused with the single-agent pilot
 * only; the same two pilots without the model (multi iff the multi-agent pilot beat the single agent's);
 * the design the model pilots measured exactly (multi iff its measured rate beats the single agent's: the
 * most any rule deciding by the piloted design alone can reach); the pilots of the truly best multi-agent
 * design with the single agent, without the model (a reference no architect can run: it needs the
 * answer); and the naive rule (every design at the single pilot).
 */
export const FUSION_APPROACHES = ["fused", "fusedTop", "fusedAll", "modelOnly", "pilotOnly", "pilotedExact", "reference", "naive"] as const;
export type FusionApproach = (typeof FUSION_APPROACHES)[number];

/** A mean over groups and draws, its Monte Carlo SE (over draws) and its SE over held-out benchmarks (clustered). */
export type SimFigure = { mean: number; mcSe: number; se: number };

/** One rule's figures at one pilot size; null where the rule has no such figure. Decisions and coverage are shares. */
export type ApproachFigures = {
  decisions: SimFigure;
  maePiloted: SimFigure | null;
  maeNotPiloted: SimFigure | null;
  coverage: SimFigure | null;
  exactBest: SimFigure | null;
};

/** Every rule at one pilot size, and how often the fused model piloted each design. */
export type PilotFusionRow = { tasks: number; groups: number; approaches: Record<FusionApproach, ApproachFigures>; piloted: Record<string, number> };

type DrawScores = Record<FusionApproach, { right: number; maePiloted: number; maeNotPiloted: number; coverage: number; exactBest: number }>;

const argmaxFrom = (values: readonly number[], from: number) => values.reduce((best, v, i) => (i >= from && v > at(values, best) ? i : best), from);
const multiWins = (values: readonly number[]) => Math.max(...values.slice(1)) > at(values, 0);
const meanAbs = (values: readonly number[], truth: readonly number[], indices: readonly number[]) =>
  mean(indices.map((i) => Math.abs(clip01(at(values, i)) - at(truth, i))));
const covered = (p: JointNormal, truth: readonly number[]) =>
  mean(
    truth.map((t, i) => {
      const c = clip01(at(p.mean, i));
      const sd = Math.sqrt(Math.max(0, at(at(p.cov, i), i)));
      return t >= clip01(c - Z90 * sd) - 1e-12 && t <= clip01(c + Z90 * sd) + 1e-12 ? 1 : 0;
    }),
  );

/** Picks the multi-agent design to pilot on `tasks` tasks, given the posterior after the single-agent pilot (which solved `single`). */
export type PilotChooser = (group: FusionGroup, tasks: number, posterior: JointNormal, single: number) => number;

/** The design the posterior ranks highest among the multi-agent designs (the rule before the planner chose). */
export const topDesign: PilotChooser = (_group, _tasks, posterior) => argmaxFrom(posterior.mean, 1);

/**
 * The planner's choice (lib/model/decide/plan.ts, as the app runs it, sizes fixed at `tasks`): the
 * multi-agent design whose pilot of `tasks` tasks gives the final call (by the confidence rule, rule.ts)
 * the highest chance of being right, then the smaller expected loss, then the earlier design. Memoized per group, size and
 * single-agent count (the posterior depends on nothing else).
 */
export function plannerChooser(costs: readonly number[], taskCorrelation: number): PilotChooser {
  const memo = new Map<string, number>();
  return (group, tasks, posterior, single) => {
    const key = `${group.benchmark}/${group.model}/${tasks}/${single}`;
    const known = memo.get(key);
    if (known !== undefined) return known;
    const plan = planPilots({ designs: group.designs, posterior, costPerTask: costs, taskCorrelation, tasks: [tasks], every: false });
    const best = plan.options.reduce((a, b) => (b.chance > a.chance || (b.chance === a.chance && b.expectedLoss < a.expectedLoss) ? b : a));
    const d = group.designs.indexOf(best.design);
    memo.set(key, d);
    return d;
  };
}

/** Scores one draw: the single pilot, the design `choose` picks piloted on the same tasks (and the model's top design for fusedTop), every rule. */
function scoreDraw(
  group: FusionGroup,
  tasks: number,
  pilots: ReturnType<PilotSource>,
  phi: number,
  choose: PilotChooser,
): { scores: DrawScores; piloted: number; modelOnly: JointNormal; single: number } {
  const truth = group.measured;
  const e = (i: number) => truth.map((_, j) => (j === i ? 1 : 0));
  const single: PilotObservation = { h: e(0), tasks, solved: pilots.single, pairing: "pilot" };
  const modelOnly = fusePilots(group.prior, [single], phi);
  const fuseWith = (d: number) => fusePilots(group.prior, [single, { h: e(d), tasks, solved: pilots.on(d), pairing: "pilot" }], phi);
  const d = choose(group, tasks, modelOnly, pilots.single);
  const m = pilots.on(d);
  const fused = fuseWith(d);
  const top = argmaxFrom(modelOnly.mean, 1);
  const fusedTop = top === d ? fused : fuseWith(top);
  const multiDesigns = truth.flatMap((_, i) => (i === 0 ? [] : [i]));
  const fusedAll = fusePilots(group.prior, [single, ...multiDesigns.map((i) => ({ h: e(i), tasks, solved: pilots.on(i), pairing: "pilot" }))], phi);
  const best = argmaxFrom(truth, 1);
  const z = pilots.on(best);
  const truthWins = multiWins(truth);
  const others = (p: number) => truth.flatMap((_, i) => (i === 0 || i === p ? [] : [i]));
  const rate = pilots.single / tasks;
  const exact = (values: readonly number[]) => (at(truth, argmaxFrom(values, 0)) >= Math.max(...truth) ? 1 : 0);
  const naiveValues = truth.map(() => rate);
  const modelScores = (p: JointNormal, piloted: number) => ({
    right: +(multiWins(p.mean) === truthWins),
    maePiloted: meanAbs(p.mean, truth, [piloted]),
    maeNotPiloted: meanAbs(p.mean, truth, others(piloted)),
    coverage: covered(p, truth),
    exactBest: exact(p.mean),
  });
  return {
    piloted: d,
    modelOnly,
    single: pilots.single,
    scores: {
      fused: modelScores(fused, d),
      fusedTop: modelScores(fusedTop, top),
      fusedAll: { ...modelScores(fusedAll, d), maePiloted: meanAbs(fusedAll.mean, truth, multiDesigns), maeNotPiloted: Number.NaN },
      modelOnly: modelScores(modelOnly, d),
      pilotedExact: {
        right: +(at(truth, d) > at(truth, 0) === truthWins),
        maePiloted: Number.NaN,
        maeNotPiloted: Number.NaN,
        coverage: Number.NaN,
        exactBest: Number.NaN,
      },
      pilotOnly: {
        right: +(m > pilots.single === truthWins),
        maePiloted: Math.abs(m / tasks - at(truth, d)),
        maeNotPiloted: Number.NaN,
        coverage: Number.NaN,
        exactBest: Number.NaN,
      },
      reference: {
        right: +(z > pilots.single === truthWins),
        maePiloted: Math.abs(z / tasks - at(truth, best)),
        maeNotPiloted: Number.NaN,
        coverage: Number.NaN,
        exactBest: Number.NaN,
      },
      naive: {
        right: +!truthWins,
        maePiloted: meanAbs(naiveValues, truth, [d]),
        maeNotPiloted: meanAbs(naiveValues, truth, others(d)),
        coverage: Number.NaN,
        exactBest: Number.NaN,
      },
    },
  };
}

/** What a simulation needs besides its groups. */
export type SimulationOptions = {
  tasks: readonly number[];
  draws: number;
  seed: number;
  taskCorrelation: number;
  pilots: PilotSource;
  /** Cost of one task of each design (single first), for the planner. */
  planCosts: readonly number[];
  /** Whether to run the planner's calibration (pilot-fusion-calibration.ts) too. */
  calibrate: boolean;
  /** Which multi-agent design is piloted (default: the planner's choice, plannerChooser). */
  choose?: PilotChooser;
};

/** The simulation's figures: one row per pilot size, and the planner's calibration when asked for. */
export type PilotFusionSimulation = { rows: PilotFusionRow[]; calibration: PlannerCalibration | null };

/**
 * Runs the simulation on `groups`: for each pilot size and group, `draws` draws from a generator seeded by
 * (seed, group, size), so that each figure is reproducible and independent of the others. With calibrate,
 * the planner is also run on every draw's model-only posterior and its promise checked (pilot-fusion-calibration.ts).
 */
export function simulatePilotFusion(groups: readonly FusionGroup[], options: SimulationOptions): PilotFusionSimulation {
  const cases: CalibrationCase[] = [];
  const choose = options.choose ?? plannerChooser(options.planCosts, options.taskCorrelation);
  const rows = options.tasks.map((tasks) => {
    const perGroup = groups.map((group, g) => {
      // Separate streams: the planner's calibration never changes the pilots the other figures draw.
      const random = seededRandom(options.seed + 7919 * (g + 1) + 104729 * tasks);
      const calibrationRandom = seededRandom(options.seed + 7919 * (g + 1) + 104729 * tasks + 1);
      const plans: PlanMemo = new Map();
      return Array.from({ length: options.draws }, () => {
        const draw = scoreDraw(group, tasks, options.pilots(random, group, tasks), options.taskCorrelation, choose);
        if (options.calibrate) cases.push(calibrationCase(group, tasks, draw, options.planCosts, options.taskCorrelation, calibrationRandom, plans));
        return draw;
      });
    });
    const figure = (approach: FusionApproach, metric: keyof DrawScores[FusionApproach]): SimFigure | null => {
      const values = perGroup.map((draws) => draws.map((d) => d.scores[approach][metric]));
      if (values.some((v) => v.some((x) => Number.isNaN(x)))) return null;
      const byDraw = Array.from({ length: options.draws }, (_, r) => mean(values.map((v) => at(v, r))));
      const byGroup = values.map((v) => mean(v));
      return {
        mean: mean(byGroup),
        mcSe: byDraw.length > 1 ? standardDeviation(byDraw) / Math.sqrt(byDraw.length) : Number.NaN,
        se: clusteredMae(
          byGroup,
          groups.map((x) => x.benchmark),
        ).se,
      };
    };
    const required = (f: SimFigure | null) => {
      if (f === null) throw new RangeError("every rule makes decisions");
      return f;
    };
    const of = (a: FusionApproach): ApproachFigures => ({
      decisions: required(figure(a, "right")),
      maePiloted: figure(a, "maePiloted"),
      maeNotPiloted: figure(a, "maeNotPiloted"),
      coverage: figure(a, "coverage"),
      exactBest: figure(a, "exactBest"),
    });
    const approaches = {
      fused: of("fused"),
      fusedTop: of("fusedTop"),
      fusedAll: of("fusedAll"),
      modelOnly: of("modelOnly"),
      pilotOnly: of("pilotOnly"),
      pilotedExact: of("pilotedExact"),
      reference: of("reference"),
      naive: of("naive"),
    };
    const counts = new Map<string, number>();
    perGroup.forEach((draws, g) =>
      draws.forEach((d) => {
        const design = at(at(groups, g).designs, d.piloted);
        counts.set(design, (counts.get(design) ?? 0) + 1);
      }),
    );
    const piloted = Object.fromEntries([...counts].map(([design, count]) => [design, count / (groups.length * options.draws)]));
    return { tasks, groups: groups.length, approaches, piloted };
  });
  return { rows, calibration: options.calibrate ? calibrationTable(cases) : null };
}

/**
 * Kim et al.'s (benchmark, model) groups that ran every architecture, each with the prior of the
 * harness's LOBO fit without its benchmark (loboArchitectModel) and no single-agent baseline: the
 * baseline sub-model's estimate from the model's capability, as for an architect without a pilot.
 * `benchmarks` (default: every benchmark of the runs) limits the groups.
 */
export function pilotFusionGroups(
  runs: readonly Run[],
  dataset: Dataset,
  benchmarks: readonly string[] = [...new Set(runs.map((r) => r.benchmark))],
): FusionGroup[] {
  const architectures = dataset.architectures.map((a) => a.architecture);
  const examples = architectExamples(runs, dataset);
  return benchmarks.flatMap((benchmark) => {
    const model = loboArchitectModel(runs, dataset, benchmark);
    return examples.flatMap((e) => {
      if (e.benchmark !== benchmark || e.architecture !== "single") return [];
      const rate = new Map(examples.filter((x) => x.benchmark === benchmark && x.model === e.model).map((x) => [x.architecture, x.successRate]));
      if (!architectures.every((a) => rate.has(a))) return [];
      // The task as the harness describes it (tools, rubric d, capability, an evaluation), without its pilot.
      const joint = architectJoint(model, { ...e.task, baseline: null });
      return [{ benchmark, model: e.model, designs: joint.designs, measured: joint.designs.map((d) => got(rate, d, "measured rates")), prior: joint.prior }];
    });
  });
}

/** The planner's cost per task of each design in the calibration: Table 5's turns over the single agent's (any price scales every design alike). */
export function turnCosts(dataset: Dataset, designs: readonly string[]): number[] {
  const costs = costArchitectures(dataset.architectures);
  return designs.map((d) => field(costs, d, "architectures").turnRatio);
}

/** Pilot sizes of the real task subsets: Kim et al. released per-task outcomes of 20 tasks per benchmark. */
export const TASK_SUBSET_TASKS = [10, 20] as const;

/** The validation's figures: binomial pilots on every group with the planner's calibration; real task subsets beside binomial pilots on the groups that have them. */
export type PilotFusionValidation = PilotFusionSimulation & {
  taskCorrelation: number;
  draws: number;
  taskSubsets: { groups: number; benchmarks: string[]; real: PilotFusionRow[]; binomial: PilotFusionRow[] };
};

/** The whole validation on a row set's runs (validate --pilots). */
export function validatePilotFusion(runs: readonly Run[], dataset: Dataset): PilotFusionValidation {
  const phi = measureTaskCorrelation(dataset.taskResults).phi;
  const groups = pilotFusionGroups(runs, dataset);
  const planCosts = turnCosts(dataset, at(groups, 0).designs);
  // One chooser (and its memo) for every simulation: the same posterior gets the same choice.
  const common = { draws: PILOT_FUSION_DRAWS, seed: PILOT_FUSION_SEED, taskCorrelation: phi, planCosts, choose: plannerChooser(planCosts, phi) };
  const simulation = simulatePilotFusion(groups, { ...common, tasks: PILOT_FUSION_TASKS, pilots: binomialPilots(phi), calibrate: true });
  const real = taskSubsetPilots(dataset);
  const withTasks = groups.filter((g) => (real.outcomes(g)?.[0]?.length ?? 0) >= Math.max(...TASK_SUBSET_TASKS));
  const subset = (pilots: PilotSource) => simulatePilotFusion(withTasks, { ...common, tasks: TASK_SUBSET_TASKS, pilots, calibrate: false }).rows;
  return {
    ...simulation,
    taskCorrelation: phi,
    draws: PILOT_FUSION_DRAWS,
    taskSubsets: {
      groups: withTasks.length,
      benchmarks: [...new Set(withTasks.map((g) => g.benchmark))],
      real: withTasks.length === 0 ? [] : subset(real),
      binomial: withTasks.length === 0 ? [] : subset(binomialPilots(phi)),
    },
  };
}

/** validatePilotFusion once per sources, data version and row count (computedOnce): the methodology page and validate --pilots share it. */
export function cachedPilotFusion(runs: readonly Run[], dataset: Dataset): PilotFusionValidation {
  return computedOnce("pilot-fusion", `${dataset.version}-${runs.length}`, () => validatePilotFusion(runs, dataset));
}
