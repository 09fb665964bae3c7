import { LazyAgentRuleChart } from "@/components/charts/lazy-charts";
import { ChartFrame } from "@/components/charts/chart-frame";
import { LabelTable } from "@/components/ui/label-table";
import type { AgentRuleRow } from "@/lib/views/methodology";
import type { TableRow } from "@/lib/views/validation-rows";

type Props = {
  peak: number;
  sdPerDoubling: number;
  shareOfChange: number;
  turnLaw: { scale: number; offset: number; exponent: number; r2: number };
  /** e.g. "single 1; independent and decentralized 3; centralized and hybrid 4". */
  measuredCounts: string;
  /** Where the helpful example's gain turns negative (null: not by 16 agents). */
  helpfulTurnsNegativeAt: number | null;
  curves: { label: string; color: string; rows: AgentRuleRow[] }[];
  /** The rule checked on the other studies' agent counts. */
  check: { columns: string[]; rows: TableRow[]; text: string };
};

/** The agent-count rule: its assumptions, and its shape for a helpful and a harmful architecture. */
export function AgentCountSection({ peak, sdPerDoubling, shareOfChange, turnLaw, measuredCounts, helpfulTurnsNegativeAt, curves, check }: Props) {
  return (
    <section aria-labelledby="agents">
      <h2 id="agents">Agent count</h2>
      <div className="prose">
        <p>
          The runs tie agent count to architecture ({measuredCounts}; a centralized or hybrid team is workers and one orchestrator). No run varies agents within
          an architecture, so every other count is an extrapolation, marked as such in the calculator and resting on these assumptions:
        </p>
        <ol>
          <li>
            The paper&apos;s turn law, fitted across architectures: turns(n) = {turnLaw.scale}·(n + {turnLaw.offset})^{turnLaw.exponent} (R² {turnLaw.r2}).
          </li>
          <li>One agent is the single agent: the gain over it is zero at n = 1.</li>
          <li>
            An architecture that helps at its measured count gains like a·ln n − b·o(n), with o(n) = turns(n)/turns(1) − 1 the coordination overhead; the peak
            sits at {peak} agents (the paper&apos;s Fig. 5: centralized and decentralized peak around 5-7 agents and decline after).
          </li>
          <li>An architecture that hurts loses in proportion to ln(1 + o(n)): harm grows with the turn multiplier, more slowly than it.</li>
        </ol>
        <p>
          The curve passes exactly through the measured point. Its uncertainty grows away from it: the prediction&apos;s own uncertainty is carried along the
          curve and never drops below its value at the measured count, and the rule adds an SD of {sdPerDoubling} per doubling of agents plus{" "}
          {shareOfChange * 100}% of the largest change it predicts on the way.{" "}
          {helpfulTurnsNegativeAt === null
            ? "In the helpful example below the gain shrinks past the peak, as the turn law's overhead grows with every agent."
            : `In the helpful example below the gain turns negative at ${helpfulTurnsNegativeAt} agents: past the peak, the turn law's overhead outgrows the benefit of more agents.`}
        </p>
      </div>
      <ChartFrame
        testId="chart-agent-rule"
        summary="Gain over the single agent against agent count for two examples: a helpful architecture peaking near six agents, and a harmful one losing more as agents are added."
        caption="The rule for two examples, with the band the rule itself adds (a prediction's own interval is wider)."
      >
        <LazyAgentRuleChart curves={curves} />
      </ChartFrame>
      <h3>The rule against the other studies&apos; counts</h3>
      <p data-testid="agent-count-check-text">{check.text}</p>
      <LabelTable
        first="design"
        columns={check.columns}
        rows={check.rows}
        caption="Multi-agent runs of other studies at an agent count Kim et al. did not measure, each benchmark held out of the fit (LOBO)."
        testId="agent-count-check"
        label="The agent-count rule against other studies' counts"
      />
    </section>
  );
}
