import { LabelTable } from "@/components/ui/label-table";
import type { KindContrast } from "@/lib/views/evidence-findings";

/** Method papers against evaluations: each kind's matched cells pooled, one sentence and a table. */
export function KindContrastTable({ contrast }: { contrast: KindContrast }) {
  return (
    <>
      <p className="notice" data-testid="kind-contrast-text">
        {contrast.text}
      </p>
      <LabelTable
        first="studies"
        columns={contrast.columns}
        rows={contrast.rows}
        caption="Every multi-agent run of a matched success-rate cell against its single agent, pooled over the studies of each kind. Gains in percentage points."
        testId="kind-contrast"
        label="Table of method papers against evaluations"
      />
    </>
  );
}
