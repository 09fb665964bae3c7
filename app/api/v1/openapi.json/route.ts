import { openApiResponse } from "@/lib/api/static-answers";
import { apiContext } from "@/lib/api/endpoints";

export const dynamic = "force-static";

/** /api/v1/openapi.json: the OpenAPI 3.1 document, generated from the zod schemas at build. */
export function GET() {
  const { catalog, models } = apiContext();
  return openApiResponse(catalog.choices, models.dataVersion);
}
