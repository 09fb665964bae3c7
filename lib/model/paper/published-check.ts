import type { DataIssue } from "../../data/data-error";
import type { Dataset } from "../../data/dataset";
import { PAPER_COEFFICIENT_KEYS, PAPER_TERMS } from "./terms";

/**
 * Whether the paper prints a coefficient for `key`: the intercept and every term that varies with more
 * than the architecture (13 of the 20). The seven architecture-only terms cannot be identified from five
 * architectures (docs/model.md section 1), so the paper's tables print none of them.
 *
 * @example isPublishedTerm("logN") // false
 */
export function isPublishedTerm(key: string): boolean {
  return key === "intercept" || PAPER_TERMS.some((t) => t.key === key && !t.architectureOnly);
}

/**
 * Checks data/paper-coefficients.csv against the 20 coefficients of Eq. 1 for every fit of
 * data/paper-fits.csv: each published term present once per fit, no term the paper cannot print, no
 * unknown term, no fit without its figures. `file` names the coefficient file in the issues, e.g.
 * "data/paper-coefficients.csv". A table cut short would otherwise leave `reproduce` and /methodology
 * with blank published figures.
 */
export function checkPublishedCoefficients(dataset: Pick<Dataset, "paperFits" | "paperCoefficients">, file: string): DataIssue[] {
  const issues: DataIssue[] = [];
  const fits = new Set<string>(dataset.paperFits.map((f) => f.fit));
  dataset.paperCoefficients.forEach((c, i) => {
    const row = i + 1;
    if (!PAPER_COEFFICIENT_KEYS.some((key) => key === c.term)) {
      issues.push({ file, row, field: "term", message: `unknown term "${c.term}" (terms: ${PAPER_COEFFICIENT_KEYS.join(", ")})` });
    } else if (!isPublishedTerm(c.term)) {
      issues.push({
        file,
        row,
        field: "term",
        message: `"${c.term}" depends on the architecture alone: it cannot be identified, and the paper prints no coefficient for it`,
      });
    }
    if (!fits.has(c.fit)) issues.push({ file, row, field: "fit", message: `fit "${c.fit}" has no row in paper-fits.csv` });
  });
  for (const fit of fits) {
    const present = new Set(dataset.paperCoefficients.filter((c) => c.fit === fit).map((c) => c.term));
    const missing = PAPER_COEFFICIENT_KEYS.filter((key) => isPublishedTerm(key) && !present.has(key));
    if (missing.length > 0) {
      const published = PAPER_COEFFICIENT_KEYS.filter(isPublishedTerm).length;
      issues.push({
        file,
        row: null,
        field: "term",
        message: `fit ${fit} lacks ${missing.length} of its ${published} published coefficients: ${missing.join(", ")}`,
      });
    }
  }
  return issues;
}
