/** Which studies the architect's model learns from: every study (default), evaluations only, or Kim et al. only. */
export const EVIDENCE_CHOICES = ["all", "evaluations", "kim"] as const;
export type EvidenceChoice = (typeof EVIDENCE_CHOICES)[number];

/** The evidence the architect's model uses unless told otherwise (docs/model.md section 2 says why). */
export const DEFAULT_EVIDENCE = "all" satisfies EvidenceChoice;
