import { computedOnce } from "../model/serving/disk-cache";
import type { Dataset } from "../data/dataset";
import { type DecisionValidation, cachedDecisions } from "../model/validation/decision-regret";
import { cachedValidation } from "../model/validation/harness";
import { cachedEvidenceValidation } from "../model/validation/pooled";
import { trustFigures, type TrustFigures } from "../model/validation/trust";
import { trustBox, type TrustItem } from "./trust-box";

/*
 * How far to trust the calculator, as data: the trust box's figures and the decision table, which
 * `validate --json` prints, /api/v1/validation serves and the MCP tool explain_trust returns. Computing
 * them runs the v3 and pooled harnesses (about 15 s), so servers compute them once per data version.
 */

/** The decision harness as validate --json prints it: every harness's rules at listed prices, and at one reference price. */
export function decisionTablesJson(decisions: DecisionValidation) {
  return {
    decisions: { pricing: decisions.pricing.listed, ...decisions.listed },
    decisionsAtReferencePrice: { pricing: decisions.pricing.reference, ...decisions.reference },
  };
}

/** The validation answer: the data version, the trust figures with the trust box's words, and the decision table. */
export type ValidationAnswer = { dataVersion: string; trust: TrustFigures; trustBox: TrustItem[] } & ReturnType<typeof decisionTablesJson>;

/** Computes the validation answer from the stored runs (the held-out harnesses: seconds, not milliseconds). */
export function validationAnswer(dataset: Dataset): ValidationAnswer {
  const report = cachedValidation(dataset, "v3");
  const evidence = cachedEvidenceValidation(dataset);
  // The same cache key as the methodology page's, so a process that renders both runs the harness once.
  const decisions = cachedDecisions(report.runs, evidence.rows, dataset);
  const trust = trustFigures(
    report,
    evidence,
    dataset.architectures.map((a) => a.architecture),
    decisions,
  );
  return { dataVersion: dataset.version, trust, trustBox: trustBox(trust), ...decisionTablesJson(decisions) };
}

/** validationAnswer, once per data version per process. */
export function cachedValidationAnswer(dataset: Dataset): ValidationAnswer {
  return computedOnce("validation-answer", dataset.version, () => validationAnswer(dataset));
}
