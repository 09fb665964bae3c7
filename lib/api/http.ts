import { createHash } from "node:crypto";
import type { FieldError } from "./scenario-input";

/*
 * HTTP for the JSON API (README, "JSON API"): problem details (RFC 9457), CORS, conditional GETs and the
 * body cap. Web-standard Request and Response only: route handlers stay one line each.
 */

/** The largest POST body read, in bytes: a scenario with 12 pilots is under 2 kB. */
export const MAX_BODY_BYTES = 64 * 1024;

/** How long a GET answer may be reused without asking, in seconds; after that the ETag revalidates it (304). */
export const MAX_AGE_SECONDS = 300;

/** Where the API's problem types are documented (the /api page's section on errors). */
export const PROBLEM_TYPE_BASE = "/api#problem-";

/** CORS: any origin may read the API (no cookies, no credentials), with the headers a client sends and reads. */
export const CORS_HEADERS: Record<string, string> = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Allow-Methods": "GET, POST, OPTIONS",
  "Access-Control-Allow-Headers": "Content-Type, If-None-Match",
  "Access-Control-Expose-Headers": "ETag",
  "Access-Control-Max-Age": "86400",
};

/** The kinds of problem the API reports, each with its status and title. */
export const PROBLEMS = {
  "invalid-input": { status: 400, title: "Invalid input" },
  "invalid-json": { status: 400, title: "The body is not valid JSON" },
  "method-not-allowed": { status: 405, title: "Method not allowed" },
  "body-too-large": { status: 413, title: "Body too large" },
  "unsupported-media-type": { status: 415, title: "Unsupported media type" },
  "server-error": { status: 500, title: "The server could not answer" },
} as const;
export type ProblemType = keyof typeof PROBLEMS;

/**
 * A problem details response (RFC 9457, application/problem+json): `type` links its documentation,
 * `errors` names every invalid field, `instance` is the path asked for.
 */
export function problem(
  type: ProblemType,
  detail: string,
  instance: string,
  errors: readonly FieldError[] = [],
  headers: Record<string, string> = {},
): Response {
  const { status, title } = PROBLEMS[type];
  const body = { type: `${PROBLEM_TYPE_BASE}${type}`, title, status, detail, instance, ...(errors.length === 0 ? {} : { errors }) };
  return new Response(JSON.stringify(body), {
    status,
    headers: { ...CORS_HEADERS, "Content-Type": "application/problem+json", "Cache-Control": "no-store", ...headers },
  });
}

/** The answer to a CORS preflight: 204 with the CORS headers. */
export function preflight(): Response {
  return new Response(null, { status: 204, headers: { ...CORS_HEADERS, Allow: "GET, POST, OPTIONS" } });
}

/** 405 with the methods a route takes. */
export function methodNotAllowed(request: Request, allow: string): Response {
  return problem("method-not-allowed", `${request.method} is not supported here; use ${allow}.`, new URL(request.url).pathname, [], { Allow: allow });
}

/**
 * A strong ETag of everything an answer depends on (the data and model version, the API revision, the
 * endpoint, the scenario as parsed): 27 characters of SHA-256, base64url, quoted.
 *
 * @example entityTag(["e1813ac7a384.1", "predict", "?v=e1813ac7a384.1"]).length // 29
 */
export function entityTag(parts: readonly string[]): string {
  return `"${createHash("sha256").update(parts.join("\n")).digest("base64url").slice(0, 27)}"`;
}

/**
 * Whether a request's If-None-Match matches `etag` (RFC 9110 section 13.1.2: weak comparison, a list of
 * tags, or "*").
 *
 * @example notModified(new Request("http://x/", { headers: { "If-None-Match": 'W/"a", "b"' } }), '"b"') // true
 */
export function notModified(request: Request, etag: string): boolean {
  return ifNoneMatchHits(request.headers.get("if-none-match"), etag);
}

/**
 * Whether an If-None-Match header (null when absent) matches `etag`: weak comparison, a list of tags, or "*".
 *
 * @example ifNoneMatchHits('W/"a", "b"', '"b"') // true
 */
export function ifNoneMatchHits(header: string | null | undefined, etag: string): boolean {
  if (header === null || header === undefined) return false;
  if (header.trim() === "*") return true;
  const bare = (tag: string) => tag.trim().replace(/^W\//, "");
  return header.split(",").some((tag) => bare(tag) === bare(etag));
}

/** A JSON answer to a GET: cacheable for MAX_AGE_SECONDS, then revalidated by its ETag; `body` is computed only when the client lacks it. */
export function cachedJson(request: Request, etag: string, body: () => unknown): Response {
  const headers = { ...CORS_HEADERS, ETag: etag, "Cache-Control": `public, max-age=${MAX_AGE_SECONDS}` };
  if (notModified(request, etag)) return new Response(null, { status: 304, headers });
  return new Response(JSON.stringify(body()), { status: 200, headers: { ...headers, "Content-Type": "application/json" } });
}

/** A JSON answer to a POST: not stored by caches (the same scenario's GET is). */
export function uncachedJson(body: unknown): Response {
  return new Response(JSON.stringify(body), { status: 200, headers: { ...CORS_HEADERS, "Content-Type": "application/json", "Cache-Control": "no-store" } });
}

/**
 * Reads a POST body as JSON: application/json (or any +json type) only, at most MAX_BODY_BYTES (a
 * longer body is refused by its Content-Length before it is read, or as soon as the stream passes the
 * cap), then parsed. Every failure is a problem response.
 */
export async function readJsonBody(request: Request, maxBytes = MAX_BODY_BYTES): Promise<{ ok: true; body: unknown } | { ok: false; response: Response }> {
  const instance = new URL(request.url).pathname;
  const type = (request.headers.get("content-type") ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
  if (type !== "application/json" && !/^application\/[a-z0-9.+-]+\+json$/.test(type)) {
    return {
      ok: false,
      response: problem(
        "unsupported-media-type",
        `Send the scenario as JSON with Content-Type: application/json (got ${type === "" ? "none" : JSON.stringify(type.slice(0, 60))}).`,
        instance,
      ),
    };
  }
  const tooLarge = () => ({ ok: false as const, response: problem("body-too-large", `The body may be at most ${maxBytes} bytes.`, instance) });
  const declared = Number(request.headers.get("content-length") ?? Number.NaN);
  if (Number.isFinite(declared) && declared > maxBytes) return tooLarge();
  const bytes: Uint8Array[] = [];
  let length = 0;
  if (request.body !== null) {
    const reader = request.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      length += value.byteLength;
      if (length > maxBytes) {
        await reader.cancel();
        return tooLarge();
      }
      bytes.push(value);
    }
  }
  const text = new TextDecoder().decode(Buffer.concat(bytes));
  try {
    return { ok: true, body: JSON.parse(text) };
  } catch (error) {
    return { ok: false, response: problem("invalid-json", `The body is not valid JSON: ${error instanceof Error ? error.message : String(error)}.`, instance) };
  }
}
