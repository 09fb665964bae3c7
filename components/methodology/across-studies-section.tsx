import Link from "next/link";
import { LabelTable } from "@/components/ui/label-table";
import type { AcrossStudiesView } from "@/lib/views/across-studies";

/** The pooled harness: every success-rate benchmark held out of every study, every study held out, and method papers against evaluations. */
export function AcrossStudiesSection({ evidence, table, benchmarks, undercoveredNote, coverage, studyTable, method }: AcrossStudiesView) {
  return (
    <section aria-labelledby="across-studies">
      <h2 id="across-studies">Evidence and validation across studies</h2>
      <div className="prose">
        <p>
          The architect&apos;s model learns from {evidence.rates} measured success rates of {evidence.studies} studies on {evidence.benchmarks} benchmarks: Kim
          et al.&apos;s {evidence.kimRuns} runs and the matched success-rate cells of {evidence.otherStudies} (
          <Link href="/evidence" prefetch={false}>
            the evidence
          </Link>{" "}
          lists every study and run). A matched cell is one study&apos;s single agent and its multi-agent designs of the calculator&apos;s four architectures,
          run on the same benchmark and model and scored as the share of tasks solved; the single agent is the design&apos;s pilot.
          {evidence.singleOnly === "" ? null : (
            <>
              {" "}
              {evidence.singleOnly} add single-agent rows only (their multi-agent systems are none of the four architectures, or print no agent count): these
              inform the estimate of a baseline without a pilot, where the model has a capability index, and the ranges behind the extrapolation flags.
            </>
          )}
        </p>
        <p>
          One harness (lib/model/validation/pooled.ts; <code>npm run -s cli -- validate</code> prints the same tables) holds each benchmark out of every study
          that ran it, refits the model on the rest and predicts the benchmark&apos;s multi-agent rows from their pilots (leave one benchmark out, LOBO;{" "}
          {evidence.scoredBenchmarks} benchmarks have multi-agent rows to score), and does the same with each study (leave one study out, LOSO;{" "}
          {evidence.scoredStudies} studies). Errors of one held-out benchmark move together, so the standard errors are clustered over held-out benchmarks (or
          studies), not rows. The single-vs-multi call is scored per (study, benchmark, model) cell: multi-agent iff the best predicted multi-agent design beats
          the pilot, right iff the best measured one does.
        </p>
      </div>
      <LabelTable
        first=""
        columns={table.columns}
        rows={table.rows}
        testId="pooled-table"
        caption={`Held-out figures on ${evidence.multiRows} multi-agent rows. SE: standard error.`}
      />
      <h3>By held-out benchmark</h3>
      <p className="prose">{coverage}</p>
      <LabelTable
        first="held-out benchmark"
        columns={benchmarks.columns}
        rows={benchmarks.rows}
        testId="pooled-benchmarks"
        caption={`Each benchmark held out of every study: its multi-agent rows, both models' MAE and the share of rows inside the architect's 90% interval. ${undercoveredNote}`}
      />
      <h3>By held-out study</h3>
      <LabelTable
        first="held-out study"
        columns={studyTable.columns}
        rows={studyTable.rows}
        testId="pooled-studies"
        caption="Each study held out, its multi-agent rows predicted from the other studies."
      />
      <h3>Method papers against evaluations</h3>
      <div className="prose" data-testid="method-effect">
        <p>
          {method.points === null ? null : (
            <>
              At the same pilot and task, the fitted model expects a method paper&apos;s multi-agent design to score <strong>{method.points}</strong> relative
              to an evaluation&apos;s (the coefficient of M, the study-kind feature, in success-rate points, averaged over the four architectures;{" "}
              {method.range} by architecture).{" "}
            </>
          )}
          Without the model, over every stored study&apos;s matched cells, {method.contrast.text}.
        </p>
        <p>
          Predictions treat the architect&apos;s build as an evaluation (M = 0): a method paper reports a system its authors designed and tuned, published
          because it won, and an architect&apos;s first build is more like the systems an evaluation tests.
        </p>
      </div>
      <LabelTable
        first="studies"
        columns={method.contrast.columns}
        rows={method.contrast.rows}
        testId="kind-contrast"
        caption="Every multi-agent run of a matched success-rate cell against its single agent, pooled over the studies of each kind (all stored studies). Gains in percentage points."
      />
    </section>
  );
}
