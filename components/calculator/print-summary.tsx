import type { Scenario } from "@/lib/scenario/scenario";
import type { CalculatorCatalog } from "@/lib/views/catalog";
import { scenarioSummary } from "@/lib/views/scenario-summary";

/**
 * The scenario's inputs in one block, shown only in print (the form's controls stay off the page):
 * every value the figures rest on, so a printed page can be checked or re-entered.
 */
export function PrintSummary({ scenario, catalog }: { scenario: Scenario; catalog: CalculatorCatalog }) {
  return (
    <section className="print-summary" aria-labelledby="print-summary-heading" data-testid="print-summary">
      <h2 id="print-summary-heading">Inputs</h2>
      <dl>
        {scenarioSummary(scenario, catalog).map((row) => (
          <div key={row.label}>
            <dt>{row.label}</dt>
            <dd>{row.value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
