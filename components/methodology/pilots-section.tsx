import { LabelTable } from "@/components/ui/label-table";
import { formatFixed } from "@/lib/format/numbers";
import type { TableRow } from "@/lib/views/validation-rows";
import { countText } from "@/lib/format/words";

type Props = {
  /** Within-group correlation of single- and multi-agent outcomes on the same task, and the pairs behind it. */
  taskCorrelation: { phi: number; pairs: number };
  /** Correlation of two designs' new-task errors on one task (the served model's). */
  errorCorrelation: number;
  /** Pilot-augmented leave-one-benchmark-out figures: one table per pilot size, the planner's calibration and the targets. */
  validation: {
    note: string;
    tables: { tasks: number; columns: string[]; rows: TableRow[]; piloted: string }[];
    calibration: { columns: string[]; rows: TableRow[]; text: string } | null;
    targets: string[];
  };
};

/** How the calculator fuses the architect's own pilots with the model, and how well that does on held-out benchmarks. */
export function PilotsSection({ taskCorrelation, errorCorrelation, validation }: Props) {
  return (
    <section aria-labelledby="pilots">
      <h2 id="pilots">Your pilots, fused with the model</h2>
      <div className="prose">
        <p>
          A few tasks of the architect&apos;s own, run for real, know the task better than a model fitted to other people&apos;s benchmarks. The calculator
          combines the two by precision. The architect&apos;s model is read as a joint normal distribution over the true success of every design on the task:
          the single agent S, and each multi-agent architecture at its measured count, M = a + b·S + e, exactly linear in S. A design&apos;s new-task error e is
          shared in part by every design on the same task: two designs&apos; held-out errors on one (study, benchmark, model) correlate{" "}
          {formatFixed(errorCorrelation, 2)}, and the joint distribution carries that correlation.
        </p>
        <p>
          A pilot that solved s of n tasks is a measurement of one design with binomial noise (its variance from (s + 1)/(n + 2), so that 0 of 5 is not
          certainty). Pilots run on the same tasks have correlated noise: single- and multi-agent outcomes on the same task correlate{" "}
          {formatFixed(taskCorrelation.phi, 2)} within (benchmark, model, architecture) over {countText(taskCorrelation.pairs)} paired tasks of Kim et
          al.&apos;s per-task results, so a paired pilot measures the gap between designs more sharply than two separate ones. Conditioning the joint normal on
          every pilot (the Kalman update) moves each design as far as the data justify: the piloted design toward its measurement, the others through their
          correlation with it. A design at another agent count is read off the fused distribution through the agent-count rule, as without pilots. Every figure
          on the page then uses the fused result, the chance a design beats one agent included, which uses the fused covariance of the two. Without pilots the
          page is the model alone; the paper&apos;s Eq. 1, which has no joint distribution, takes a single-agent pilot as its baseline and ignores the others.
        </p>
        <p>
          A pilot&apos;s log may also measure turns, tokens, time and cost per task (an uploaded run log): those replace the cost model&apos;s figures for that
          design, and the designs table marks them as measured.
        </p>
      </div>
      <h3>Validation: pilots on held-out benchmarks</h3>
      <div className="prose">
        <p>
          For each of Kim et al.&apos;s 52 (benchmark, model) groups, the model is fitted without the group&apos;s benchmark (as in leave-one-benchmark-out) and
          asked without a single-agent baseline. A single-agent pilot of k tasks is drawn from the measured rate; the planner then picks the multi-agent design
          whose pilot gives the call the best chance, piloted on the same k tasks, drawn at the task correlation; the call, errors and coverage are scored
          against the measured rates. Beside it: the model&apos;s top design piloted instead (the protocol before the planner chose; this change was made after
          its figures were seen, so the decision figures are no longer an untouched test), every multi-agent design piloted on the same tasks (four times the
          multi-agent tasks), the model with the single-agent pilot only, the two pilots with no model, and piloting the truly best design with no model.{" "}
          {validation.note}
        </p>
      </div>
      {validation.tables.map((t) => (
        <div key={t.tasks} data-testid={`pilot-validation-${t.tasks}`}>
          <LabelTable first={`pilots of ${t.tasks} tasks`} columns={t.columns} rows={t.rows} caption={t.piloted} />
        </div>
      ))}
      {validation.calibration === null ? null : (
        <>
          <h3>The planner&apos;s calibration</h3>
          <p className="prose">{validation.calibration.text}</p>
          <LabelTable
            first=""
            columns={validation.calibration.columns}
            rows={validation.calibration.rows}
            testId="planner-calibration"
            caption="In the same simulation: the confidence the planner promised for the plan it chose, against how often the call after that plan was right."
          />
        </>
      )}
      <h3>Targets</h3>
      <ul className="targets" data-testid="pilot-targets">
        {validation.targets.map((t) => (
          <li key={t}>{t}</li>
        ))}
      </ul>
    </section>
  );
}
