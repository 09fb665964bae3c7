/**
 * What the prerendered page shows where the calculator goes, until the browser has read the link and the
 * data: the calculator's layout with empty blocks of about the real height (so nothing on screen moves
 * when the figures arrive), no figure of any scenario. A shared link never flashes the default's figures.
 */
export function CalculatorSkeleton({ failed }: { failed?: string }) {
  return (
    <div className="calculator calculator-skeleton" data-testid="calculator-skeleton" aria-busy={failed === undefined}>
      <p className={failed === undefined ? "visually-hidden" : "notice"} role="status">
        {failed ?? "Loading the calculator for this link…"}
      </p>
      <div className="calculator-grid" aria-hidden="true">
        <div className="decision">
          <div className="skeleton skeleton-card" />
        </div>
        <div className="inputs">
          <div className="skeleton skeleton-form" />
        </div>
        <div className="results">
          <div className="skeleton skeleton-table" />
        </div>
      </div>
    </div>
  );
}
