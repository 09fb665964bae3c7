import { CoefficientTable } from "@/components/reproduction/coefficient-table";
import { FitFiguresTable } from "@/components/reproduction/fit-figures-table";
import { loadDataset } from "@/lib/data/load";
import { PAPER_FITS } from "@/lib/data/schemas";
import { reproducePaperFit } from "@/lib/model/paper-reproduction";
import { compareCoefficients, compareFitFigures } from "@/lib/model/reproduction-comparison";

export default function ReproductionPage() {
  const dataset = loadDataset();
  const reports = PAPER_FITS.map((fit) => reproducePaperFit(dataset, fit));
  const fits = reports.map((report) => ({
    name: report.fit,
    figures: compareFitFigures(report, dataset),
    coefficients: compareCoefficients(report, dataset),
  }));
  const allMatch = fits.every((f) => [...f.figures, ...f.coefficients].every((c) => c.matches !== false));
  return (
    <>
      <h1>The paper&apos;s model, reproduced from the stored runs</h1>
      <p className="lede">
        Kim et al. fit one regression (Eq. 1) to predict an agent system&apos;s success from model capability, task properties
        and coordination metrics. This page refits it, now, from the {dataset.runs.length} stored configurations and sets each
        figure beside the one the paper printed: {allMatch ? "every printed figure is reproduced." : "some figures differ (marked ✗)."}
      </p>
      <p className="math" aria-label="Equation 1">
        success = β₀ + β₁·I + β₂·I² + β₃·log(1+T) + β₄·log(1+n) + β₅·log(1+O) + β₆·c + β₇·R + β₈·E + β₉·log(1+A) + β₁₀·P + β₁₁·I·E +
        β₁₂·A·P + β₁₃·O·T + β₁₄·R·n + β₁₅·c·I + β₁₆·E·T + β₁₇·P·log(1+n) + β₁₈·I·log(1+T) + β₁₉·A·T
      </p>
      <p>
        I: capability index, centred; T: tools; n: agents; O: overhead %; c: message density; R: redundancy; E: efficiency; A:
        error amplification; P: single-agent baseline. Every column is standardized over the fitted rows; the fit is the
        minimum-norm least-squares solution. v2 uses {reports[0]?.rows} runs on four benchmarks, v3 {reports[1]?.rows} runs on
        six.
      </p>
      <h2>Fit statistics</h2>
      <FitFiguresTable fits={fits} />
      <h2>Coefficients</h2>
      <CoefficientTable fits={fits} />
      <p className="lede">Data version {dataset.version}.</p>
    </>
  );
}
