import { getScenario, postScenario } from "@/lib/api/endpoints";
import { methodNotAllowed, preflight } from "@/lib/api/http";

/** /api/v1/predict: GET with the share link's query, POST with a JSON body (lib/api/endpoints.ts). */
export const GET = (request: Request) => getScenario("predict", request);
export const POST = (request: Request) => postScenario("predict", request);
export const OPTIONS = preflight;
export const PUT = (request: Request) => methodNotAllowed(request, "GET, POST, OPTIONS");
export const PATCH = PUT;
export const DELETE = PUT;
