import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { runCli } from "../cli/run-cli";
import { loadDataset } from "../data/load";
import { PlanAnswerSchema, PredictAnswerSchema, ProblemSchema } from "./answer-schemas";
import { apiContext, getScenario, postScenario } from "./endpoints";
import { MAX_BODY_BYTES } from "./http";

const context = apiContext(loadDataset());
const cliJson = (...argv: string[]) => {
  const result = runCli(argv, () => loadDataset());
  assert.equal(result.status, 0, result.stderr);
  return JSON.parse(result.stdout);
};
const get = (path: string, headers: Record<string, string> = {}) =>
  getScenario(path.startsWith("/api/v1/plan") ? "plan" : "predict", new Request(`http://localhost${path}`, { headers }), context);
const post = (endpoint: "predict" | "plan", body: string, headers: Record<string, string> = { "Content-Type": "application/json" }) =>
  postScenario(endpoint, new Request(`http://localhost/api/v1/${endpoint}`, { method: "POST", body, headers }), context);
const withoutNotices = ({ notices, ...rest }: { notices?: unknown }) => {
  assert.deepEqual(notices, []);
  return rest;
};

describe("GET and POST give the CLI's answer", () => {
  test("predict: a budget and a value, by query, by body and by flags, agree to the last figure", async () => {
    const query = await get("/api/v1/predict?tools=8&decomp=0.6&value=2&max_cost=0.05&tasks_day=1000");
    assert.equal(query.status, 200);
    assert.equal(query.headers.get("content-type"), "application/json");
    const fromQuery = PredictAnswerSchema.parse(await query.json());
    const fromBody = PredictAnswerSchema.parse(
      await (await post("predict", JSON.stringify({ tools: 8, decomp: 0.6, value: 2, max_cost: 0.05, tasks_day: 1000 }))).json(),
    );
    const fromCli = cliJson("predict", "--tools", "8", "--decomposability", "0.6", "--value", "2", "--max-cost", "0.05", "--tasks-per-day", "1000", "--json");
    assert.deepEqual(withoutNotices(fromQuery), fromCli);
    assert.deepEqual(withoutNotices(fromBody), fromCli);
    assert.equal(fromCli.recommendation.rule, "value");
    assert.ok(fromCli.predictions.every((p: { overBudget?: boolean }) => typeof p.overBudget === "boolean"));
  });

  test("plan: pilots by the link's value (GET) and as objects (POST) give the CLI's plan", async () => {
    const fromQuery = PlanAnswerSchema.parse(await (await get("/api/v1/plan?pilot=2_single.1.12.30_centralized.4.15.30_paired")).json());
    const fromBody = PlanAnswerSchema.parse(
      await (
        await post(
          "plan",
          JSON.stringify({
            pilots: [
              { architecture: "single", solved: 12, tasks: 30 },
              { architecture: "centralized", agents: 4, solved: 15, tasks: 30 },
            ],
            paired: true,
          }),
        )
      ).json(),
    );
    const fromCli = cliJson("plan", "--pilot", "single:12/30", "--pilot", "centralized:4:15/30", "--paired", "--json");
    assert.deepEqual(withoutNotices(fromQuery), fromCli);
    assert.deepEqual(withoutNotices(fromBody), fromCli);
  });
});

describe("caching", () => {
  test("a GET carries an ETag of the scenario as parsed: a default written out shares it, and If-None-Match gets 304 with no body", async () => {
    const first = await get("/api/v1/predict");
    const etag = first.headers.get("etag") ?? "";
    assert.match(etag, /^"[A-Za-z0-9_-]{27}"$/);
    assert.equal(first.headers.get("cache-control"), "public, max-age=300");
    assert.equal((await get("/api/v1/predict?tools=5")).headers.get("etag"), etag, "tools=5 is the default");
    assert.notEqual((await get("/api/v1/predict?tools=6")).headers.get("etag"), etag);
    assert.notEqual((await get("/api/v1/plan")).headers.get("etag"), etag);
    const again = await get("/api/v1/predict", { "If-None-Match": `W/"x", ${etag}` });
    assert.equal(again.status, 304);
    assert.equal(await again.text(), "");
  });

  test("a link made on other data is answered from this data with a notice", async () => {
    const body = await (await get("/api/v1/predict?tools=3&v=000000000000.0")).json();
    assert.equal(body.notices.length, 1);
    assert.match(body.notices[0], /made with data and model version 000000000000\.0/);
  });
});

describe("problems (RFC 9457)", () => {
  test("a bad query names every invalid field", async () => {
    const response = await get("/api/v1/predict?tools=abc&decomp=2&colour=blue");
    assert.equal(response.status, 400);
    assert.equal(response.headers.get("content-type"), "application/problem+json");
    assert.equal(response.headers.get("access-control-allow-origin"), "*");
    const body = ProblemSchema.parse(await response.json());
    assert.deepEqual(
      body.errors?.map((e) => e.field),
      ["colour"],
      "an unknown key is reported before values are read",
    );
    const values = ProblemSchema.parse(await (await get("/api/v1/predict?tools=abc&decomp=2")).json());
    assert.deepEqual(
      values.errors?.map((e) => e.field),
      ["tools", "decomp"],
    );
    assert.equal(values.detail, "2 invalid fields: tools, decomp.");
    assert.equal(values.type, "/api#problem-invalid-input");
    assert.equal(values.instance, "/api/v1/predict");
  });

  test("plan refuses the paper's fits, naming fit", async () => {
    const body = ProblemSchema.parse(await (await get("/api/v1/plan?fit=paper-v3")).json());
    assert.deepEqual(body.errors, [{ field: "fit", detail: 'the planner fuses pilots with the architect\'s model only, got "paper-v3"' }]);
  });

  test("a POST body that is not JSON, not sent as JSON, or over the cap gets 400, 415 and 413", async () => {
    const broken = await post("predict", "{tools: 8");
    assert.equal(broken.status, 400);
    assert.match(ProblemSchema.parse(await broken.json()).detail, /not valid JSON/);
    assert.equal((await post("predict", "tools=8", { "Content-Type": "application/x-www-form-urlencoded" })).status, 415);
    const big = JSON.stringify({ tools: 8, pad: "x".repeat(MAX_BODY_BYTES) });
    assert.equal((await post("predict", big)).status, 413);
    // Without a Content-Length (a stream), the cap holds as the bytes arrive.
    const stream = new ReadableStream({
      start(controller) {
        for (let i = 0; i < 10; i++) controller.enqueue(new TextEncoder().encode("x".repeat(10_000)));
        controller.close();
      },
    });
    const init: RequestInit & { duplex: "half" } = { method: "POST", body: stream, headers: { "Content-Type": "application/json" }, duplex: "half" };
    const streamed = await postScenario("predict", new Request("http://localhost/api/v1/predict", init), context);
    assert.equal(streamed.status, 413);
  });
});
