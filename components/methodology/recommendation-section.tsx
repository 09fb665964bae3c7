import { LabelTable } from "@/components/ui/label-table";
import type { TableRow } from "@/lib/views/validation-rows";

/** How the calculator turns predictions into a recommendation, and the record it quotes. */
export function RecommendationSection({ record }: { record: { columns: string[]; rows: TableRow[] } }) {
  return (
    <section aria-labelledby="recommendation">
      <h2 id="recommendation">The calculator&apos;s recommendation</h2>
      <div className="prose">
        <p>
          <strong>The design to build</strong> is the architecture with the highest predicted success at the agent count the
          runs measured, and a single agent unless a multi-agent design beats it: the same rule the validation scores, so the
          record below is the record of exactly these calls. A design at another agent count is shown as &ldquo;your
          design&rdquo; but never recommended, since no run measured it.
        </p>
        <p>
          <strong>The single agent&apos;s success</strong> is, in every mode, the baseline itself: your pilot when you
          entered one, otherwise the baseline estimated from tools and model capability. Both the Eq. 1 fits and the
          architect model compare multi-agent designs against that one number, and the record below scores them the same
          way, so a mode&apos;s record is the record of the calls it makes on screen.
        </p>
        <p>
          <strong>The chance it beats the single agent</strong> is the normal probability that the recommended multi-agent
          design&apos;s success (or, when a single agent is recommended, the best multi-agent design&apos;s) exceeds the single
          agent&apos;s, from both predictions&apos; SDs taken as independent (their errors are partly shared, so this errs toward
          uncertainty).
        </p>
        <p>
          <strong>Why</strong> names the input that moves the gap between the best multi-agent design and the single agent
          most toward the call, when moved from the fitted runs&apos; average task to the scenario&apos;s value. The{" "}
          <strong>break-even</strong> is the single-agent baseline at which that gap is zero (found by a bracketing root search, other inputs
          fixed).
        </p>
        <p>
          <strong>A budget and a success floor</strong> (optional) change only which design is built: the most successful
          design at a measured agent count that costs at most the budget per task and is predicted at or above the floor (ties
          to the cheaper). When none qualifies, the calculator names the nearest (the smallest relative overrun plus shortfall)
          and says that nothing meets them. The explanation, break-even and track record stay those of the model&apos;s own
          call, and the card says when a constraint overrode it. On the cost chart, the <strong>Pareto frontier</strong> joins
          the designs that no other design beats on both cost and success: each is the cheapest way to its level of success.
          By default it joins measured agent counts only (an extrapolated count is the agent-count rule&apos;s guess, drawn
          hollow and faint); the reader can let it pass through extrapolated counts too (<code>frontier=all</code>).
        </p>
        <p>
          <strong>One agent-count answer.</strong> The recommendation only ever chooses among the counts each architecture was
          measured with; the card says so and names the agents chart&apos;s highest point when it is an extrapolated count, and
          the chart rings the recommended count. With <strong>tasks per day</strong>, every cost is also given per month of
          30 days (cost per task × tasks per day × 30).
        </p>
        <p>
          <strong>The nearest measured runs</strong> are the runs of the design the card weighs (the recommended multi-agent
          design, or with a single-agent call the best multi-agent one) whose benchmark and model are nearest the scenario in
          log(1 + tools), decomposability, capability and, with a pilot, single-agent success, each scaled by its spread over
          the runs; the architecture picked in the form gets its own table. When the nearest run&apos;s measured gap over its
          single agent has the other sign from the predicted gap (by at least a point), the card says so: the model is fitted
          to every run, so one run near the task moves the prediction only as much as the trend across all runs allows.
        </p>
        <p>
          <strong>The record for tasks like yours</strong> is the same leave-one-benchmark-out record as the table below,
          restricted to one benchmark: the one named under <em>My task resembles</em>, else the benchmark with a record
          nearest the task in log(1 + tools) and decomposability (each scaled by its spread). It counts that benchmark&apos;s
          groups whose call was right, beside the constant rules, and the mean absolute error on its multi-agent runs of the
          model and of the naive rule (multi-agent success = the group&apos;s measured single agent); the card says when the
          model did worse there than a naive rule.
        </p>
      </div>
      <LabelTable
        first="prediction model"
        columns={record.columns}
        rows={record.rows}
        testId="record"
        caption="The track record the calculator quotes: decisions on benchmarks held out of the fit (leave one benchmark out), beside the two constant rules on the same groups. Eq. 1's rows differ from its column in the validation table, where Eq. 1 also predicts the single agent, as in the paper; here the single agent is the pilot or the baseline estimate, as on the calculator."
      />
    </section>
  );
}
