import { PARAMETERS } from "../scenario/parameters";
import FIXED_HEADERS from "./fixed-headers.json";
import { countText } from "../format/words";

/**
 * The most parameters a page's query may have: every parameter of the calculator, its version and a pinned
 * comparison, each given four times (a repeated parameter opens with a notice), with room to spare. A share
 * link has at most PARAMETERS.length + 2.
 */
export const MAX_QUERY_PARAMETERS = 4 * (PARAMETERS.length + 2);

/**
 * The longest query a page accepts, in characters: 32 kB. A share link is at most a few kB (values of at
 * most 64 characters, pilots 480); a longer query is not a link the app made, but up to this length the page
 * still opens and names each over-long value.
 */
export const MAX_QUERY_LENGTH = 32 * 1024;

/** The methods answered on pages and static files: they have no forms or server actions that take a body. */
export const ALLOWED_METHODS = ["GET", "HEAD"] as const;

/** Where the JSON API lives (app/api/v1): it takes POST bodies and CORS preflights, and answers the rest itself. */
export const API_PREFIX = "/api/v1/";

/**
 * The methods passed on to the JSON API's routes: its own (GET, HEAD, POST, OPTIONS) and those its routes
 * answer with a problem+json 405 (PUT, PATCH, DELETE). Any other (TRACE, CONNECT…) is refused here.
 */
export const API_METHODS = ["GET", "HEAD", "POST", "OPTIONS", "PUT", "PATCH", "DELETE"] as const;

/** What is wrong with a query: its parameter count (counted up to one past the limit) and its length. */
export type QueryProblem = { parameters: number; length: number };

/**
 * Counts a query's parameters and length without parsing it (one pass over the "&"s, stopping past the
 * limit), so a query built to be costly is refused before anything parses it. Null when within both limits.
 *
 * @example queryProblem("tools=8&decomp=0.6") // null
 */
export function queryProblem(search: string): QueryProblem | null {
  const length = search.length;
  let parameters = length === 0 ? 0 : 1;
  for (let i = search.indexOf("&"); i !== -1 && parameters <= MAX_QUERY_PARAMETERS; i = search.indexOf("&", i + 1)) parameters++;
  return length > MAX_QUERY_LENGTH || parameters > MAX_QUERY_PARAMETERS ? { parameters, length } : null;
}

/** An answer the server gives itself, before the app sees the request. */
export type EdgeAnswer = { status: 405 | 414; headers: Record<string, string>; body: string };

/** The CSP of an answer given at the edge: a short page with no script. */
const PLAIN_POLICY = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

function plain(status: EdgeAnswer["status"], title: string, text: string, extra: Record<string, string> = {}): EdgeAnswer {
  const body = `<!doctype html><html lang="en"><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title><body style="font-family:system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem"><h1>${title}</h1><p>${text}</p><p><a href="/">Open the calculator</a></p></body></html>`;
  const headers: Record<string, string> = {
    "Content-Type": "text/html; charset=utf-8",
    "Content-Security-Policy": PLAIN_POLICY,
    "Cache-Control": "no-store",
    ...extra,
  };
  for (const { key, value } of FIXED_HEADERS) headers[key] = value;
  return { status, headers, body };
}

/**
 * What the server answers itself, before Next sees a request (scripts/serve.ts), or null to pass it on:
 * - a method other than GET and HEAD (TRACE, POST, OPTIONS…), to a page or a static file: 405 naming them;
 *   under /api/v1/ the API's methods (API_METHODS) pass, any other is a 405 naming GET, POST and OPTIONS;
 * - a query with more parameters or characters than any link the app makes: 414, before anything parses it.
 * Each with the security headers and a page saying what happened. `url` is the request target ("/?tools=8").
 *
 * @example edgeAnswer("TRACE", "/")?.status // 405
 */
export function edgeAnswer(method: string, url: string): EdgeAnswer | null {
  if (url.startsWith(API_PREFIX)) {
    if (!(API_METHODS as readonly string[]).includes(method)) {
      return plain(405, "Method not allowed", `The API answers GET, POST and OPTIONS only, not ${method.slice(0, 16)}.`, { Allow: "GET, POST, OPTIONS" });
    }
  } else if (!(ALLOWED_METHODS as readonly string[]).includes(method)) {
    return plain(405, "Method not allowed", `This site answers ${ALLOWED_METHODS.join(" and ")} only, not ${method.slice(0, 16)}.`, {
      Allow: ALLOWED_METHODS.join(", "),
    });
  }
  const mark = url.indexOf("?");
  const problem = mark === -1 ? null : queryProblem(url.slice(mark + 1));
  if (problem === null) return null;
  const what = problem.parameters > MAX_QUERY_PARAMETERS ? `more than ${MAX_QUERY_PARAMETERS} parameters` : `${countText(problem.length)} characters`;
  return plain(
    414,
    "Link too long",
    `This link's query has ${what}; a link of this site has at most ${MAX_QUERY_PARAMETERS} parameters and ${countText(MAX_QUERY_LENGTH)} characters, so it was not opened. Ask its author for the link again (Copy link).`,
  );
}
