import { LabelTable } from "@/components/ui/label-table";
import { formatFixed } from "@/lib/format/numbers";
import type { TableRow } from "@/lib/views/validation-rows";

type Props = {
  /** Within-group correlation of single- and multi-agent outcomes on the same task, and the pairs behind it. */
  taskCorrelation: { phi: number; pairs: number };
  /** Correlation of two designs' new-task errors on one task (the served model's). */
  errorCorrelation: number;
  /** Pilot-augmented leave-one-benchmark-out figures, when computed. */
  validation: { columns: string[]; rows: TableRow[]; caption: string } | null;
};

/** How the calculator fuses the architect's own pilots with the model, and how well that does on held-out benchmarks. */
export function PilotsSection({ taskCorrelation, errorCorrelation, validation }: Props) {
  return (
    <section aria-labelledby="pilots">
      <h2 id="pilots">Your pilots, fused with the model</h2>
      <div className="prose">
        <p>
          A few tasks of the architect&apos;s own, run for real, know the task better than a model fitted to other people&apos;s
          benchmarks. The calculator combines the two by precision. The architect&apos;s model is read as a joint normal
          distribution over the true success of every design on the task: the single agent S, and each multi-agent architecture
          at its measured count, M = a + b·S + e, exactly linear in S. A design&apos;s new-task error e is shared in part by
          every design on the same task: two designs&apos; held-out errors on one (study, benchmark, model) correlate{" "}
          {formatFixed(errorCorrelation, 2)}, and the joint distribution carries that correlation.
        </p>
        <p>
          A pilot that solved s of n tasks is a measurement of one design with binomial noise (its variance from (s + 1)/(n + 2),
          so that 0 of 5 is not certainty). Pilots run on the same tasks have correlated noise: single- and multi-agent outcomes on
          the same task correlate {formatFixed(taskCorrelation.phi, 2)} within (benchmark, model, architecture) over{" "}
          {taskCorrelation.pairs.toLocaleString("en-US")} paired tasks of Kim et al.&apos;s per-task results, so a paired pilot
          measures the gap between designs more sharply than two separate ones. Conditioning the joint normal on every pilot (the
          Kalman update) moves each design as far as the data justify: the piloted design toward its measurement, the others
          through their correlation with it. A design at another agent count is read off the fused distribution through the
          agent-count rule, as without pilots. Every figure on the page then uses the fused result, the chance a design beats
          one agent included, which uses the fused covariance of the two. Without pilots the page is the model alone; the
          paper&apos;s Eq. 1, which has no joint distribution, takes a single-agent pilot as its baseline and ignores the others.
        </p>
        <p>
          A pilot&apos;s log may also measure turns, tokens, time and cost per task (an uploaded run log): those replace the cost
          model&apos;s figures for that design, and the designs table marks them as measured.
        </p>
      </div>
      {validation === null ? null : (
        <LabelTable first="" columns={validation.columns} rows={validation.rows} testId="pilot-validation" caption={validation.caption} />
      )}
    </section>
  );
}
