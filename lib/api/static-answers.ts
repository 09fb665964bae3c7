import type { ScenarioChoices } from "../scenario/choices";
import type { ValidationAnswer } from "../views/exports-validation";
import { CORS_HEADERS, entityTag } from "./http";
import { openApiDocument } from "./openapi";

/*
 * The answers that depend on the stored data alone, rendered once at build (their routes are static):
 * the validation figures and the OpenAPI document. Their ETag is the data version's.
 */

const staticHeaders = (etag: string) => ({ ...CORS_HEADERS, "Content-Type": "application/json", ETag: etag, "Cache-Control": "public, max-age=3600" });

/** The validation answer as a response. */
export function validationResponse(answer: ValidationAnswer, dataVersion: string): Response {
  return new Response(JSON.stringify(answer), { headers: staticHeaders(entityTag(["validation", dataVersion])) });
}

/** The OpenAPI document as a response. */
export function openApiResponse(choices: ScenarioChoices, dataVersion: string): Response {
  return new Response(JSON.stringify(openApiDocument(choices, dataVersion)), { headers: staticHeaders(entityTag(["openapi", dataVersion])) });
}
