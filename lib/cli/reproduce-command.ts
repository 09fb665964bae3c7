import { z } from "zod";
import { enumCell } from "../data/cells";
import type { Dataset } from "../data/dataset";
import { PAPER_FITS } from "../data/schemas";
import { formatFixed, formatP, significanceStars } from "../format/numbers";
import { reproducePaperFit, type PaperFitReport } from "../model/paper/reproduce";
import { compareCoefficients, compareFitFigures } from "../model/paper/printed-compare";
import { PAPER_COEFFICIENT_KEYS, PAPER_TERMS } from "../model/paper/terms";
import { OUTPUT_FLAGS, outputFlagFields, type FlagSpec } from "./flags";
import { formatTextTable } from "./text-table";
import { counted } from "../format/words";

export const reproduceFlags: FlagSpec[] = [
  { name: "fit", type: "string", value: "v2|v3", description: "the paper's row set: v2 (180 runs) or v3 (260 runs, default)" },
  ...OUTPUT_FLAGS,
];

export const ReproduceFlagsSchema = z.object({
  fit: enumCell(PAPER_FITS).default("v3"),
  ...outputFlagFields,
});

/** The JSON the `reproduce --json` command prints: the fit's figures and its 20 coefficients. */
export function reproduceJson(report: PaperFitReport) {
  return {
    fit: report.fit,
    rows: report.rows,
    rank: report.rank,
    meanIntelligence: report.meanIntelligence,
    r2Train: report.r2Train,
    r2CvMean: report.r2CvMean,
    r2CvSd: report.r2CvSd,
    aic: report.aic,
    coefficients: report.coefficients,
    identified: report.identified,
  };
}

/** The reproduction as a table in the manner of the paper's Table 4, beside the printed figures. */
export function reproduceText(report: PaperFitReport, dataset: Dataset): string {
  const printedFit = dataset.paperFits.find((f) => f.fit === report.fit);
  const printed = new Map(dataset.paperCoefficients.filter((c) => c.fit === report.fit).map((c) => [c.term, c.coefficient]));
  const vs = (value: number | undefined, decimals: number) => (value === undefined ? "" : ` (printed ${formatFixed(value, decimals)})`);
  const rows = PAPER_COEFFICIENT_KEYS.map((key, i) => {
    const term = PAPER_TERMS[i - 1];
    const b = report.coefficients[key];
    const inference = report.inference[key];
    const reference = printed.get(key);
    if (inference === null) {
      return [i === 0 ? "" : String(i), term?.label ?? key, `(${formatFixed(b, 4)})`, "", "not identified †", "", "", ""];
    }
    const [low, high] = inference.ci95;
    return [
      i === 0 ? "" : String(i),
      term?.label ?? key,
      formatFixed(b, 4),
      formatFixed(inference.standardError, 4),
      `[${formatFixed(low, 3)}, ${formatFixed(high, 3)}]`,
      formatP(inference.p),
      significanceStars(inference.p),
      reference === undefined ? "" : formatFixed(reference, 4),
    ];
  });
  const table = formatTextTable(
    [
      { header: "#", align: "right" },
      { header: "term", align: "left" },
      { header: "β (std.)", align: "right" },
      { header: "SE", align: "right" },
      { header: "95% CI", align: "left" },
      { header: "p", align: "right" },
      { header: "", align: "left" },
      { header: "printed", align: "right" },
    ],
    rows,
  );
  const rowSet = report.fit === "v2" ? "in_v2: 4 benchmarks x 5 architectures x 9 models" : "in_v3: adds SWE-bench Verified and Terminal-Bench";
  return [
    `Eq. 1 of Kim et al. (arXiv 2512.08296), fit ${report.fit}: ${report.rows} runs (${rowSet}); data ${dataset.version}`,
    "",
    `  rows ${report.rows}    rank ${report.rank} of ${PAPER_COEFFICIENT_KEYS.length}    mean intelligence ${formatFixed(report.meanIntelligence, 4)}${vs(printedFit?.mean_intelligence, 4)}`,
    `  R² train ${formatFixed(report.r2Train, 4)}${vs(printedFit?.r2_train, 4)}`,
    `  R² CV    ${formatFixed(report.r2CvMean, 4)} ± ${formatFixed(report.r2CvSd, 4)} over the paper's 5 folds${printedFit ? ` (printed ${formatFixed(printedFit.r2_cv_mean, 4)} ± ${formatFixed(printedFit.r2_cv_sd, 4)})` : ""}`,
    `  AIC      ${formatFixed(report.aic, 2)}${vs(printedFit?.aic, 2)}`,
    "",
    table,
    "",
    "β: standardized coefficients, minimum-norm least squares. SE, 95% CI and p from t with",
    `${report.df} df (N − rank); *** p<0.001, ** p<0.01, * p<0.05. "printed": the published figure.`,
    "† Not identified: the term depends on the architecture alone, and five architectures cannot separate",
    "  seven such terms; the value shown is the minimum-norm solver's choice, not a finding.",
  ].join("\n");
}

/**
 * The printed figures a reproduction misses, one line each naming the file, row and field: a fit
 * statistic of data/paper-fits.csv, or an identified coefficient of data/paper-coefficients.csv, beyond
 * its printed precision (compare.ts). Empty when every printed figure is reproduced.
 *
 * @example reproductionMisses(reproducePaperFit(dataset, "v3"), dataset) // []
 */
export function reproductionMisses(report: PaperFitReport, dataset: Dataset): string[] {
  const fitRow = dataset.paperFits.findIndex((f) => f.fit === report.fit) + 1;
  const FIT_FIELDS: Record<string, string> = {
    rows: "rows",
    meanIntelligence: "mean_intelligence",
    rank: "rank",
    r2Train: "r2_train",
    r2CvMean: "r2_cv_mean",
    r2CvSd: "r2_cv_sd",
    aic: "aic",
  };
  const figures = compareFitFigures(report, dataset)
    .filter((f) => f.matches === false)
    .map(
      (f) =>
        `data/paper-fits.csv row ${fitRow} (fit ${report.fit}), field ${FIT_FIELDS[f.key] ?? f.key}: reproduced ${formatFixed(f.reproduced, f.decimals)}, printed ${formatFixed(f.printed ?? Number.NaN, f.decimals)}`,
    );
  const coefficients = compareCoefficients(report, dataset)
    .filter((c) => c.identified && c.matches === false)
    .map((c) => {
      const row = dataset.paperCoefficients.findIndex((p) => p.fit === report.fit && p.term === c.key) + 1;
      return `data/paper-coefficients.csv row ${row} (fit ${report.fit}, term ${c.key}), field coefficient: reproduced ${formatFixed(c.reproduced, 4)}, printed ${formatFixed(c.printed ?? Number.NaN, 4)}`;
    });
  return [...figures, ...coefficients];
}

/** Runs `reproduce`: the text table, or the JSON object with --json; exit status 1, each miss on stderr, when a printed figure is not reproduced. */
export function runReproduce(flags: z.output<typeof ReproduceFlagsSchema>, dataset: Dataset): string | { stdout: string; stderr: string; status: number } {
  const report = reproducePaperFit(dataset, flags.fit);
  const stdout = flags.json ? JSON.stringify(reproduceJson(report)) : reproduceText(report, dataset);
  const misses = reproductionMisses(report, dataset);
  if (misses.length === 0) return stdout;
  return { stdout, stderr: `reproduce: ${counted(misses.length, "printed figure")} not reproduced:\n${misses.map((m) => `  ${m}`).join("\n")}\n`, status: 1 };
}
