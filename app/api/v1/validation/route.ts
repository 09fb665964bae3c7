import { validationResponse } from "@/lib/api/static-answers";
import { loadDataset } from "@/lib/data/load";
import { cachedValidationAnswer } from "@/lib/views/exports-validation";

// The harnesses take about 15 s: the answer is computed once, at build, from the stored data (like /methodology).
export const dynamic = "force-static";

/** /api/v1/validation: the trust figures and the decision table. */
export function GET() {
  const dataset = loadDataset();
  return validationResponse(cachedValidationAnswer(dataset), dataset.version);
}
