import { CoefficientTable } from "@/components/reproduction/coefficient-table";
import { FitFiguresTable } from "@/components/reproduction/fit-figures-table";
import type { MethodologyView } from "@/lib/views/methodology-view";

/** The paper's Eq. 1, refitted from the stored runs beside its printed figures. */
export function ReproductionSection({ fits }: { fits: MethodologyView["reproduction"] }) {
  const allMatch = fits.every((f) => [...f.figures, ...f.coefficients].every((c) => c.matches !== false));
  const ranks = fits.map((f) => `${f.figures.find((c) => c.key === "rank")?.reproduced ?? "?"} (${f.name})`).join(" and ");
  const terms = fits[0]?.coefficients.length ?? 0;
  return (
    <section aria-labelledby="paper">
      <h2 id="paper">The paper&apos;s model, reproduced</h2>
      <div className="prose">
        <p>
          Kim et al. fit one regression (Eq. 1) to predict success from model capability, task properties and coordination metrics. This page refits it from the
          stored configurations and sets each figure beside the one printed:{" "}
          {allMatch ? "every printed figure is reproduced." : "some figures differ (marked ✗)."}
        </p>
      </div>
      <p className="math">
        <span className="visually-hidden">Equation 1: </span>
        success = β₀ + β₁·I + β₂·I² + β₃·log(1+T) + β₄·log(1+n) + β₅·log(1+O) + β₆·c + β₇·R + β₈·E + β₉·log(1+A) + β₁₀·P + β₁₁·I·E + β₁₂·A·P + β₁₃·O·T + β₁₄·R·n
        + β₁₅·c·I + β₁₆·E·T + β₁₇·P·log(1+n) + β₁₈·I·log(1+T) + β₁₉·A·T
      </p>
      <p className="prose">
        I: capability index, centred; T: tools; n: agents; O: overhead %; c: message density; R: redundancy; E: efficiency; A: error amplification; P:
        single-agent baseline. Every column is standardized over the fitted rows; the fit is the minimum-norm least-squares solution, whose design has rank{" "}
        {ranks} of {terms} columns.
      </p>
      <h3>Fit statistics</h3>
      <FitFiguresTable fits={fits} />
      <h3>Coefficients</h3>
      <CoefficientTable fits={fits} />
    </section>
  );
}
