import { LabelTable } from "@/components/ui/label-table";
import type { MethodologyView } from "@/lib/views/methodology-view";

/** The source's known inconsistencies, kept visible rather than "fixed" (data/README.md). */
export function InconsistenciesSection({ table5 }: { table5: MethodologyView["table5"] }) {
  return (
    <section aria-labelledby="inconsistencies">
      <h2 id="inconsistencies">Known inconsistencies in the source</h2>
      <ul className="prose">
        <li>
          The paper&apos;s design is rank-deficient: six architecture-level predictors take five values, so seven coefficients are not identified and depend on
          the solver. This site never presents them as findings.
        </li>
        <li>Table 5&apos;s success rates for decentralized and hybrid differ from the means of the runs (below).</li>
        <li>v1&apos;s coefficients are not reproducible from the released runs; v2 and v3 are.</li>
        <li>
          The authors&apos; scripts use capability 71 for Gemini 3 Flash (preview); the paper&apos;s v3 Table 6 lists 75. The data keep 71, the value the fits
          used.
        </li>
        <li>The price snapshot lists grok-4-fast twice with identical prices; the data keep one.</li>
      </ul>
      <LabelTable
        first="architecture"
        columns={table5.columns}
        rows={table5.rows}
        caption="Success rate by architecture: the paper's Table 5 against the runs it summarizes."
      />
    </section>
  );
}
