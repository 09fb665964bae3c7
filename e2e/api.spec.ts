import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "./fixtures";

test.describe("a developer calls the JSON API", () => {
  test("GET answers with the figures, an ETag that revalidates, CORS and the site's security headers", async ({ request }) => {
    const response = await request.get("/api/v1/predict?tools=8&decomp=0.6&value=2");
    expect(response.status()).toBe(200);
    const headers = response.headers();
    expect(headers["content-type"]).toBe("application/json");
    expect(headers["access-control-allow-origin"]).toBe("*");
    expect(headers["cache-control"]).toBe("public, max-age=300");
    expect(headers["x-content-type-options"]).toBe("nosniff");
    const body = await response.json();
    expect(body.recommendation.rule).toBe("value");
    expect(body.predictions.map((p: { architecture: string }) => p.architecture)).toEqual(["single", "independent", "decentralized", "centralized", "hybrid"]);
    expect(body.query).toMatch(/^\?tools=8&decomp=0\.6&value=2&v=[0-9a-f]{12}\.\d+$/);
    const again = await request.get("/api/v1/predict?tools=8&decomp=0.6&value=2", { headers: { "If-None-Match": headers.etag ?? "" } });
    expect(again.status()).toBe(304);
  });

  test("POST with the same fields as JSON gives the same answer byte for byte", async ({ request }) => {
    const get = await (await request.get("/api/v1/plan?tools=4&value=1&pilot=2_single.1.12.30")).text();
    const post = await request.post("/api/v1/plan", { data: { tools: 4, value: 1, pilots: [{ architecture: "single", solved: 12, tasks: 30 }] } });
    expect(post.status()).toBe(200);
    expect(post.headers()["cache-control"]).toBe("no-store");
    expect(await post.text()).toBe(get);
  });

  test("a bad request is a problem naming every field; a body over 64 kB is refused", async ({ request }) => {
    const bad = await request.get("/api/v1/predict?tools=abc&decomp=2&arch=single&agents=3");
    expect(bad.status()).toBe(400);
    expect(bad.headers()["content-type"]).toBe("application/problem+json");
    const problem = await bad.json();
    expect(problem.errors.map((e: { field: string }) => e.field)).toEqual(["tools", "decomp", "agents"]);
    const body = await request.post("/api/v1/predict", { data: { tools: "8", colour: "blue" } });
    expect((await body.json()).errors.map((e: { field: string }) => e.field).sort()).toEqual(["colour", "tools"]);
    const big = await request.post("/api/v1/predict", {
      headers: { "Content-Type": "application/json" },
      data: JSON.stringify({ tools: 8, pad: "x".repeat(70_000) }),
    });
    expect(big.status()).toBe(413);
    expect((await big.json()).type).toBe("/api#problem-body-too-large");
    const form = await request.post("/api/v1/predict", { form: { tools: "8" } });
    expect(form.status()).toBe(415);
    const preflight = await request.fetch("/api/v1/predict", {
      method: "OPTIONS",
      headers: { Origin: "https://example.org", "Access-Control-Request-Method": "POST" },
    });
    expect(preflight.status()).toBe(204);
    expect(preflight.headers()["access-control-allow-methods"]).toBe("GET, POST, OPTIONS");
  });

  test("the validation figures and the OpenAPI document are served", async ({ request }) => {
    const validation = await (await request.get("/api/v1/validation")).json();
    expect(validation.trustBox).toHaveLength(3);
    expect(validation.trust.pilot.tasks).toBeGreaterThan(0);
    expect(Object.keys(validation.decisions)).toEqual(["pricing", "kimLoboPilot", "kimLoboNoPilot", "pooledLobo", "loso", "evaluationsLoso"]);
    const document = await (await request.get("/api/v1/openapi.json")).json();
    expect(document.openapi).toBe("3.1.0");
    expect(Object.keys(document.paths)).toEqual(["/api/v1/predict", "/api/v1/plan", "/api/v1/validation", "/api/v1/openapi.json"]);
    // Both are built once; a client that has them gets a 304.
    for (const path of ["/api/v1/validation", "/api/v1/openapi.json"]) {
      const first = await request.get(path);
      const etag = first.headers().etag ?? "";
      expect(etag, path).toMatch(/^"[\w-]+"$/);
      expect((await request.get(path, { headers: { "If-None-Match": etag } })).status(), path).toBe(304);
      expect((await request.get(path, { headers: { "If-None-Match": `W/${etag}` } })).status(), path).toBe(304);
    }
  });

  test("JSON answers carry the fixed security headers but not the pages' CSP", async ({ request }) => {
    for (const path of ["/api/v1/predict?tools=8", "/api/v1/validation", "/api/v1/openapi.json"]) {
      const headers = (await request.get(path)).headers();
      expect(headers["x-content-type-options"], path).toBe("nosniff");
      expect(headers["content-security-policy"], path).toBeUndefined();
    }
  });

  test("the /api page documents it with examples the API gives", async ({ page, request }) => {
    await page.goto("/api");
    await expect(page.getByRole("heading", { level: 1, name: "API" })).toBeVisible();
    const example = await page.getByTestId("example-get").innerText();
    const answer = await (await request.get("/api/v1/predict?tools=8&decomp=0.6&value=2")).json();
    expect(example).toContain(`"chance": ${answer.recommendation.chance}`);
    expect(example).toContain(`"architecture": "${answer.recommendation.architecture}"`);
    await expect(page.getByTestId("example-problem")).toContainText('"field": "tools"');
    await expect(page.getByTestId("mcp-config")).toContainText("bin/agent-scaling-mcp.mjs");
    await expect(page.getByTestId("api-parameters").getByRole("row")).toHaveCount(28);
  });

  for (const colorScheme of ["light", "dark"] as const) {
    test(`the /api page has no axe violation at phone width, ${colorScheme}`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.setViewportSize({ width: 375, height: 800 });
      await page.goto("/api");
      const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
    });
  }
});
