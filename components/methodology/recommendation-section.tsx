import { LabelTable } from "@/components/ui/label-table";
import { formatPercent } from "@/lib/format/numbers";
import type { MethodologyView } from "@/lib/views/methodology-view";
import type { TableRow } from "@/lib/views/validation-rows";

type Props = { record: { columns: string[]; rows: TableRow[] }; decisions: MethodologyView["decisions"] };

/** How the calculator turns predictions into a recommendation, how sure it says it is, and how its rule fared on held-out studies. */
export function RecommendationSection({ record, decisions }: Props) {
  const target = formatPercent(decisions.confidence, 0);
  return (
    <section aria-labelledby="recommendation">
      <h2 id="recommendation">The calculator&apos;s recommendation</h2>
      <div className="prose">
        <p>
          <strong>A decision, not a ranking.</strong> Picking the highest of four noisy multi-agent predictions against one single-agent prediction almost
          always finds a multi-agent design &ldquo;ahead&rdquo; by a fraction of a point (the winner&apos;s curse), at several times the cost. The calculator
          decides instead from the <em>joint</em> prediction of every design&apos;s success (the designs share your task, so their errors move together; with
          your pilots, combined with them) and from each design&apos;s cost per task:
        </p>
        <ul>
          <li>
            <strong>When you state what a solved task is worth</strong> (V, in dollars), each design&apos;s net value per task is V × success − cost, and the
            calculator recommends the design with the highest expected net value.
          </li>
          <li>
            <strong>When you do not</strong>, it recommends a multi-agent design only when that design beats the single agent with at least your confidence
            target ({target} unless you change it); otherwise the single agent, the simpler and cheaper design: &ldquo;Not shown better&rdquo;, with the pilot
            that would settle it. It also says what a solved task would have to be worth for each multi-agent design to pay for itself (its extra cost over its
            expected extra success) and which design the value of a solved task would choose, band by band.
          </li>
          <li>
            <strong>A budget or success floor</strong> still constrains: when the rule&apos;s call breaks one, the card says so and the rule chooses among the
            designs that meet them; when none does, the rule&apos;s own call stands and the card names the nearest.
          </li>
        </ul>
        <p>
          <strong>How sure</strong> is one figure, everywhere (the card, the summary bar, the planner&apos;s &ldquo;now&rdquo;, the command line): the chance
          the call is right by the rule that made it. With a value: the chance the recommended design has the highest net value of all the designs. Without: the
          chance the recommended multi-agent design beats the single agent, or, when the single agent is recommended, the chance that no multi-agent design
          beats it. Chances of several designs at once come from {`4,000`} draws of the joint prediction with a fixed seed (standard error at most 0.8 points),
          so a link shows the same figure everywhere. Each design in the table gets its own chance of beating the single agent and a verdict at the target:
          better, worse, or unsure.
        </p>
        <p>
          <strong>Gains shrunk toward zero.</strong> Held out of a study, the model&apos;s predicted gains over the single agent were too large. A new
          task&apos;s predicted gain is therefore multiplied by a weight learned inside the evidence the model is fitted to, from each study&apos;s runs
          predicted by a fit without that study (by the fit&apos;s own least squares and benchmark weights): {decisions.gainWeight.toFixed(2)} on today&apos;s
          evidence. Every held-out figure on this page learns its weight inside its own training set. A benchmark you name (or that your task matches on every
          input) keeps its measured effects unshrunk.
        </p>
        <p>
          <strong>Why</strong> names the input that moves the gap between the multi-agent design likeliest to beat the single agent and the single agent most
          toward the call, when moved from the fitted runs&apos; average task to the scenario&apos;s value. The <strong>break-even baseline</strong> is the
          single-agent success at which the best multi-agent prediction meets the single agent&apos;s (other inputs fixed). On the cost chart, the{" "}
          <strong>Pareto frontier</strong> joins the designs that no other design beats on both cost and success; by default through measured agent counts only
          (<code>frontier=all</code> lets it pass through extrapolated ones). The recommendation only chooses among the counts each architecture was measured
          with.
        </p>
        <p>
          <strong>The nearest measured runs</strong> are those of the design the card weighs (the recommended multi-agent design, or with a single-agent call
          the one likeliest to beat it), nearest the scenario in log(1 + tools), decomposability, capability and, with a pilot, single-agent success. When a
          stored benchmark matches the task on every input the calculator reads (the same tools, a decomposability within half a rubric step), the card says so
          first and the prediction uses that benchmark&apos;s measured effects, unless you chose &ldquo;a new task&rdquo;.
        </p>
      </div>
      <h3>The rule on held-out studies, by regret</h3>
      <p className="hint">
        Each rule&apos;s call in groups the fit never saw, scored against the designs measured there: whether its single-vs-multi side was right, the success
        points it gave up against the measured best design, and its <em>regret</em>: the net value (V × success − cost) the best measured design would have
        given minus the called design&apos;s, in dollars per task, at a solved task worth $0.10, $1 and $10 (the value rule deciding with that V). Costs come
        from the cost model at the group&apos;s model&apos;s listed price; ± a standard error over held-out folds. A cost-aware rule rightly gives up calls
        where the gain does not pay: calls are reported, not optimised.
      </p>
      {decisions.listed.map((t) => (
        <div key={t.harness} data-testid={`decisions-${t.harness}`}>
          <LabelTable first="rule" columns={t.table.columns} rows={t.table.rows} testId={`decision-table-${t.harness}`} caption={t.heading} />
          <p className="hint">{t.byV}</p>
        </div>
      ))}
      <details>
        <summary>The same at one reference price for every group ({decisions.pricing.reference})</summary>
        {decisions.reference.map((t) => (
          <div key={t.harness}>
            <LabelTable first="rule" columns={t.table.columns} rows={t.table.rows} testId={`decision-reference-${t.harness}`} caption={t.heading} />
            <p className="hint">{t.byV}</p>
          </div>
        ))}
      </details>
      <h3>The old rule&apos;s track record</h3>
      <LabelTable
        first="prediction model"
        columns={record.columns}
        rows={record.rows}
        testId="record"
        caption="Single-vs-multi calls of the old rule (the highest predicted success) on benchmarks held out of the fit, with and without a single-agent pilot, beside the two constant rules on the same groups: the record the card quotes. Eq. 1's rows differ from its column in the validation table, where Eq. 1 also predicts the single agent, as in the paper; here the single agent is the pilot or the baseline estimate, as on the calculator."
      />
    </section>
  );
}
