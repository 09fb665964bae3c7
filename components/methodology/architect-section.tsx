import { LabelTable } from "@/components/ui/label-table";
import { formatFixed } from "@/lib/format/numbers";
import type { TableRow } from "@/lib/views/validation-rows";

type Props = {
  fit: {
    features: string[];
    studies: number;
    benchmarks: number;
    kimRuns: number;
    decomposability: { rubric: number; printed: number; without: number };
    settings: number;
    innerLoboMae: number;
    sdNewTask: number;
    sdKnownTask: number;
    sdWithin: number;
    tau: number;
    rows: number;
    baselineLambda: number;
    baselineSd: number;
    pilotTasks: number;
  };
  coefficients: { columns: string[]; rows: TableRow[] };
  baseline: { columns: string[]; rows: TableRow[] };
};

/** The architect's model in words and formula, with its fitted settings and identified coefficients. */
export function ArchitectSection({ fit, coefficients, baseline }: Props) {
  return (
    <section aria-labelledby="architect">
      <h2 id="architect">The architect&apos;s model</h2>
      <div className="prose">
        <p>
          An architect asks about a task that is in none of the stored benchmarks. The model therefore uses only what an architect can state: the tool count T,
          the task&apos;s decomposability d (the share of its work that splits into independent sub-tasks, scored with one rubric for every benchmark), and,
          when a pilot was run, the measured single-agent success P. It predicts each multi-agent architecture&apos;s success at the agent count the runs
          measured; other counts follow the agent-count rule below.
        </p>
        <p className="math">
          success(a) = α_a + Σ_j β_a,j · z_j + u_b,a + s_b · (P − P̄_b){"\n"}z = standardized [{fit.features.join(", ")}]{"\n"}
          β_a = β̄ + δ_a; minimize Σ_i w_i (y_i − ŷ_i)² + λ(‖β̄‖² + κ Σ_a ‖δ_a‖²){"\n"}
          coefficients = the mean of the fits at all {fit.settings} (λ, κ) settings
        </p>
        <p>
          <strong>The features.</strong> Q is 1 for a task that uses no tools at all (T = 0), with its interaction P·Q: most of the other studies&apos; cells
          are question-answering, maths or coding sets without tools, another kind of task than a tool-using agent task rather than the end of the tool scale. M
          is 1 for a run from a method paper (a study proposing the multi-agent system it measures) and 0 for one from an evaluation; predictions use M = 0 (see{" "}
          <a href="#across-studies">method papers against evaluations</a>). A model&apos;s capability enters only through the pilot, and through the baseline
          estimate when there is none: given a measured P, capability adds little within the runs and extrapolates badly beyond them.
        </p>
        <p>
          <strong>The evidence.</strong> The model is fitted on {fit.rows} measured success rates of {fit.studies} studies on {fit.benchmarks} benchmarks: Kim
          et al.&apos;s {fit.kimRuns} runs of the paper&apos;s v3 fit and every other study&apos;s matched success-rate cells (
          <a href="#across-studies">below</a>). Each benchmark counts equally: the weights w give its multi-agent rows one share in all, so a benchmark run with
          many methods or models does not outweigh the rest. The slopes are shared across the four multi-agent architectures (β̄) with architecture-specific
          deviations (δ_a) penalized κ times harder, so the architectures borrow strength from each other.
        </p>
        <p>
          <strong>No selection.</strong> The coefficients are the average of the fits at all {fit.settings} (λ, κ) settings of the grid, a choice made before
          looking at held-out figures: with few benchmarks, choosing a setting by held-out error costs more than it gains (held-out MAE of the average over the
          fit&apos;s own multi-agent rows {formatFixed(fit.innerLoboMae, 3)}, with the scaler of all rows; the validations below refit everything without each
          benchmark, hence their different figures). Every prediction uses each architecture&apos;s effective coefficients α_a and β_a, which the data identify
          (each architecture&apos;s own design has full rank).
        </p>
        <p>
          <strong>Decomposability.</strong> d is the rubric&apos;s score of five yes-or-no questions about the task, answered for every benchmark with the
          rationale stored beside it (data/README.md). Kim et al. print their own d for their six benchmarks, and with it the model fitted to their runs errs
          less on them held out (held-out MAE {formatFixed(fit.decomposability.printed, 3)} against {formatFixed(fit.decomposability.rubric, 3)} with the
          rubric; ablations below). But those values were set by people who could read the results they would be used to explain, so their better fit is no
          evidence; the rubric is the same questions an architect answers for a new task. (Without d at all the error is{" "}
          {formatFixed(fit.decomposability.without, 3)}: with six benchmarks, no rating of a task property can be validated on them.)
        </p>
        <p>
          u_b,a and s_b are the effects of a stored benchmark b: an offset per architecture (SD between benchmarks {formatFixed(fit.tau, 3)}, within{" "}
          {formatFixed(fit.sdWithin, 3)}) and its own slope on the baseline, both shrunk toward zero. They apply only when the question is about a benchmark the
          fit has seen, which is what 5-fold cross-validation asks; an architect&apos;s new task gets neither, and the wider uncertainty of a new task.
        </p>
        <p>
          <strong>Intervals.</strong> The 90% interval is ŷ ± 1.645·σ with σ² = σ²_task + x′Σx + (∂ŷ/∂P)²·σ²_P. σ_task is measured, not assumed. An
          architect&apos;s task is a new benchmark in a new study, so for a new task it is the error on each benchmark predicted by a fit without that benchmark
          and without every study that ran it, σ_new = {formatFixed(fit.sdNewTask, 3)}: the spread between benchmarks and between studies are both in it (with
          one study, as under &ldquo;Kim et al. only&rdquo;, the error on held-out benchmarks stands in). For a stored benchmark it is the error on models held
          out of the fit, σ_seen = {formatFixed(fit.sdKnownTask, 3)} (each the 90th percentile of those errors divided by 1.645, robust to their heavy tails).
          x′Σx is the uncertainty of the coefficients, which grows away from the runs, and σ_P that of an estimated baseline. The mean is clipped to [0, 1]
          before the interval is drawn around it.
        </p>
        <p>
          <strong>Without a pilot.</strong> A sub-model estimates P from I, d, log(1+T) and I·log(1+T), fitted on the single-agent rows whose model has a
          capability index, with its ridge strength (λ = {fit.baselineLambda}) chosen by leave-one-benchmark-out; its held-out SD, σ_P ={" "}
          {formatFixed(fit.baselineSd, 3)}, flows into every multi-agent interval through the slope in P. With a pilot, the single agent&apos;s prediction is
          the pilot itself, with the sampling noise of {fit.pilotTasks} tasks.
        </p>
        <p>
          <strong>Extrapolation.</strong> A prediction is flagged, with its reasons, when the tools, decomposability, capability or baseline leave the ranges of
          the fitted runs, when no stored benchmark has a similar combination of tools and decomposability, or when the agent count differs from the
          architecture&apos;s measured one.
        </p>
        <p>
          <strong>How the form was chosen.</strong> Gain and level forms, shared and separate slopes, feature sets, the evidence used and its weighting were
          compared under the same leave-one-benchmark-out protocols this page reports (docs/model.md section 2 lists the designs), which flatters the chosen
          form slightly. In these runs more tools raise multi-agent success at a fixed baseline: the paper&apos;s Eq. 1 has the same positive log(1+T) term, and
          the effect rests mainly on Workbench, the one tool-heavy benchmark.
        </p>
      </div>
      <h3>Coefficients (standardized units)</h3>
      <LabelTable
        first="feature"
        columns={coefficients.columns}
        rows={coefficients.rows}
        testId="architect-coefficients"
        label="Coefficients of the architect's model"
      />
      <h3>Baseline sub-model (standardized units)</h3>
      <LabelTable first="feature" columns={baseline.columns} rows={baseline.rows} label="Coefficients of the baseline sub-model" />
    </section>
  );
}
