import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { PARAMETERS } from "../scenario/parameters";
import { edgeAnswer, MAX_QUERY_LENGTH, MAX_QUERY_PARAMETERS, queryProblem } from "./request-limits";

describe("queryProblem", () => {
  test("a share link with every parameter, repeated twice, a version and a comparison is within the limits", () => {
    const every = PARAMETERS.map((p) => `${p.urlKey}=${"9".repeat(64)}`);
    const query = [...every, ...every, "v=e1813ac7a384.4", `compare=${encodeURIComponent(every.join("&"))}`].join("&");
    assert.equal(queryProblem(query), null);
  });

  test("one parameter past the count limit is a problem, counted one past the limit", () => {
    const at = Array.from({ length: MAX_QUERY_PARAMETERS }, (_, i) => `k${i}=1`).join("&");
    assert.equal(queryProblem(at), null);
    assert.deepEqual(queryProblem(`${at}&x=1`), { parameters: MAX_QUERY_PARAMETERS + 1, length: at.length + 4 });
    assert.equal(queryProblem(Array.from({ length: 6000 }, (_, i) => `${i}=9`).join("&"))?.parameters, MAX_QUERY_PARAMETERS + 1);
  });

  test("a query one character past the length limit is a problem; an empty one is not", () => {
    assert.equal(queryProblem("t=".padEnd(MAX_QUERY_LENGTH, "9")), null);
    assert.deepEqual(queryProblem("t=".padEnd(MAX_QUERY_LENGTH + 1, "9")), { parameters: 1, length: MAX_QUERY_LENGTH + 1 });
    assert.equal(queryProblem(""), null);
  });
});

describe("edgeAnswer", () => {
  test("GET and HEAD pass; every other method is a 405 naming the allowed ones, with the security headers", () => {
    assert.equal(edgeAnswer("GET", "/?tools=8"), null);
    assert.equal(edgeAnswer("HEAD", "/methodology"), null);
    for (const method of ["TRACE", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "CONNECT", "PROPFIND"]) {
      const answer = edgeAnswer(method, "/_next/static/chunks/main.js");
      assert.equal(answer?.status, 405, method);
      assert.equal(answer?.headers.Allow, "GET, HEAD");
      assert.equal(answer?.headers["X-Content-Type-Options"], "nosniff");
      assert.match(answer?.headers["Content-Security-Policy"] ?? "", /default-src 'none'/);
      assert.match(answer?.body ?? "", new RegExp(`not ${method}`));
    }
  });

  test("the JSON API's POST, OPTIONS and the methods its routes refuse themselves pass; TRACE does not", () => {
    for (const method of ["GET", "HEAD", "POST", "OPTIONS", "PUT", "PATCH", "DELETE"])
      assert.equal(edgeAnswer(method, "/api/v1/predict?tools=8"), null, method);
    const trace = edgeAnswer("TRACE", "/api/v1/predict");
    assert.equal(trace?.status, 405);
    assert.equal(trace?.headers.Allow, "GET, POST, OPTIONS");
    assert.equal(edgeAnswer("POST", "/api")?.status, 405, "the /api page is a page");
    assert.equal(edgeAnswer("POST", `/api/v1/predict?${Array.from({ length: 6000 }, (_, i) => `${i}=9`).join("&")}`)?.status, 414);
  });

  test("an over-long query is a 414 saying why; the path alone never is", () => {
    const answer = edgeAnswer("GET", `/?${Array.from({ length: 6000 }, (_, i) => `${i}=9999`).join("&")}`);
    assert.equal(answer?.status, 414);
    assert.match(answer?.body ?? "", new RegExp(`more than ${MAX_QUERY_PARAMETERS} parameters`));
    assert.equal(answer?.headers["X-Frame-Options"], "DENY");
    assert.equal(edgeAnswer("GET", `/${"a".repeat(MAX_QUERY_LENGTH * 2)}`), null);
  });

  test("a method name is cut to 16 characters in the page", () => {
    assert.doesNotMatch(edgeAnswer("X".repeat(500), "/")?.body ?? "", /X{17}/);
  });
});
