import { LabelTable } from "@/components/ui/label-table";
import type { MethodologyView } from "@/lib/views/methodology-view";
import { countText } from "@/lib/format/words";

/** The cost model, its defaults, and its turn ratios against the per-task runs. */
export function CostSection({ cost }: { cost: MethodologyView["cost"] }) {
  return (
    <section aria-labelledby="cost">
      <h2 id="cost">Cost</h2>
      <div className="prose">
        <p>
          The cost of one task follows from the turns (LLM calls) a design makes, the tokens per turn and the prices. A single agent makes t₀ turns (default{" "}
          {cost.defaults.sasTurns}, the paper&apos;s Table 5; enter your own). Architecture a makes t_a = t₀ · turns_a / {cost.paperSingleAgentTurns} at its
          measured agent count, Table 5&apos;s ratio, and t_a(n) = t_a · turns(n) / turns(n_a) at another count, by the paper&apos;s turn law turns(n) ={" "}
          {cost.turnLaw.scale}·(n + {cost.turnLaw.offset})^{cost.turnLaw.exponent}.
          {cost.belowSingle === ""
            ? null
            : ` The law shrinks faster than the agent count, so extrapolated down it puts ${cost.belowSingle} below a single agent; those costs, like every extrapolated one, are marked and are best read as a lower bound.`}
        </p>
        <p className="math">
          input tokens = t · (input tokens per turn); output tokens = t · (output tokens per turn){"\n"}
          cost = [input · (1 − h) · p_in + input · h · p_cached + output · p_out] / 10⁶{"\n"}
          cost per successful task = cost / predicted success (— below 1%){"\n"}
          wall clock = t / parallel · seconds per turn, parallel = 1 (single) or n (every multi-agent design)
        </p>
        <p>
          h is the cache hit rate; prices are USD per 1M tokens from the dated snapshot in data/prices.csv (each model linked to its price; a price shown
          carries its date) or entered by hand. Where a model lists no cached-input price, cached input is billed at the input price and the calculator says so.
          Defaults: {cost.defaults.outputTokensPerTurn} output tokens per turn (the paper matched about {cost.paperReasoningTokens} reasoning tokens per
          single-agent task, over {cost.paperSingleAgentTurns} turns); {countText(cost.defaults.inputTokensPerTurn)} input tokens per turn (a system prompt,
          tool definitions and the transcript so far: an assumption to replace with your own); a cache hit rate of {cost.defaults.cacheHitRate} (agents resend a
          growing prefix); {cost.defaults.secondsPerTurn} seconds per turn. The intervals on the cost chart are success intervals; costs are point estimates
          from these inputs.
        </p>
        <p>
          <strong>Checked against the runs.</strong> data/task-results.csv holds the steps every architecture and model took on each SWE-bench Verified and
          Terminal-Bench task. The table compares Table 5&apos;s turn ratios, which the cost model uses, with the measured ratio of steps per task (multi-agent
          over single agent, geometric mean over the {cost.groups} benchmark-model pairs). They disagree: in those runs every multi-agent design took fewer
          steps per task than the single agent. The per-task step count evidently counts one trajectory&apos;s steps, not the LLM calls of all agents;
          multiplied by the agent count it lands within about a quarter of Table 5 for independent (above) and centralized (below) designs, and well below it
          for decentralized and hybrid ones. Costs here follow Table 5, the paper&apos;s measure of total turns across all four benchmarks; for SWE-style tasks
          they may overstate multi-agent cost.
        </p>
      </div>
      <LabelTable
        first="architecture"
        columns={cost.table.columns}
        rows={cost.table.rows}
        testId="turn-ratios"
        caption="Turns relative to a single agent: Table 5 against the per-task steps of SWE-bench Verified and Terminal-Bench."
      />
    </section>
  );
}
