"use client";

import { memo } from "react";
import { LabelTable } from "@/components/ui/label-table";
import { wholePercent } from "@/lib/format/numbers";
import type { Scenario } from "@/lib/scenario/scenario";
import type { CalculatorView } from "@/lib/views/calculator";
import type { CalculatorCatalog } from "@/lib/views/catalog";
import type { compareRows } from "@/lib/views/compare";
import { CompareSection } from "./compare-section";
import { PrintSummary } from "./print-summary";
import { RecommendationAnnouncer } from "./recommendation-announcer";

type Props = {
  view: CalculatorView;
  scenario: Scenario;
  catalog: CalculatorCatalog;
  compared: { rows: ReturnType<typeof compareRows>; notices: string[] } | null;
  onPin: () => void;
  onClear: () => void;
};

/**
 * The top of the results: the pinned comparison, the live region, the printed inputs and the designs
 * table. Memoised on the deferred scenario's view: a slider's own frame never renders them (Calculator).
 */
export const ResultsTop = memo(function ResultsTop({ view, scenario, catalog, compared, onPin, onClear }: Props) {
  return (
    <>
      <CompareSection rows={compared?.rows ?? null} notices={compared?.notices ?? []} onPin={onPin} onClear={onClear} />
      <RecommendationAnnouncer view={view} catalog={catalog} />
      <PrintSummary scenario={scenario} catalog={catalog} />
      <h2>Designs compared</h2>
      <LabelTable
        first="Design"
        columns={view.designs.columns}
        rows={view.designs.rows}
        testId="designs"
        caption={`Each design's predicted success, the chance it beats the single agent with its verdict at your ${wholePercent(scenario.planConfidence)} confidence target (better, worse or unsure), and its cost per task${scenario.tasksPerDay === null ? "" : " and per month at your volume"}; ★ the recommended design${scenario.maxCost === null ? "" : "; designs over your budget are marked (over budget) and shaded"}. Cost per success is the cost of one successful task; a dash means predicted success is under 1%, where it is not meaningful.`}
      />
    </>
  );
});
