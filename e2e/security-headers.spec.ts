import type { Page } from "@playwright/test";
import { showCharts } from "./calculator-helpers";
import { expect, test } from "./fixtures";

/*
 * A visitor's browser is protected by the headers every route is served with (README.md, "Security
 * headers"): a strict Content-Security-Policy, nosniff, a referrer policy that keeps the scenario out
 * of outbound links, no framing, a minimal Permissions-Policy; and the page itself, pilots, planner
 * and upload included, runs under that policy without a single violation.
 */

test.describe("a visitor's browser is protected by the security headers", () => {
  const STATIC_HEADERS = {
    "x-content-type-options": "nosniff",
    "referrer-policy": "strict-origin-when-cross-origin",
    "x-frame-options": "DENY",
    "permissions-policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
  };

  /** The directives of a policy, by name. */
  const directives = (policy: string) =>
    new Map(
      policy
        .split(";")
        .map((d) => d.trim().split(/\s+/))
        .map(([name = "", ...values]) => [name, values]),
    );

  for (const path of ["/", "/methodology", "/evidence", "/no-such-page"]) {
    test(`${path} is served with a strict CSP and the other security headers`, async ({ request }) => {
      const response = await request.get(path);
      expect(response.status()).toBe(path === "/no-such-page" ? 404 : 200);
      const headers = response.headers();
      for (const [name, value] of Object.entries(STATIC_HEADERS)) expect(headers[name], name).toBe(value);
      const policy = directives(headers["content-security-policy"] ?? "");
      const scripts = policy.get("script-src") ?? [];
      expect(scripts).toContain("'self'");
      expect(scripts).not.toContain("'unsafe-inline'");
      expect(scripts).not.toContain("'unsafe-eval'");
      expect(scripts.some((s) => /^'nonce-[A-Za-z0-9+/=]{16,}'$/.test(s))).toBe(true);
      expect(policy.get("frame-ancestors")).toEqual(["'none'"]);
      expect(policy.get("object-src")).toEqual(["'none'"]);
      expect(policy.get("base-uri")).toEqual(["'none'"]);
      expect(policy.get("worker-src")).toEqual(["'self'"]);
      expect(policy.get("default-src")).toEqual(["'self'"]);
      expect(headers["x-powered-by"]).toBeUndefined();
    });
  }

  test("every request gets its own nonce in the policy", async ({ request }) => {
    const nonceOf = (policy: string) => /'nonce-([^']+)'/.exec(policy)?.[1];
    const first = nonceOf((await request.get("/")).headers()["content-security-policy"] ?? "");
    expect(first).toBeDefined();
    expect(nonceOf((await request.get("/")).headers()["content-security-policy"] ?? "")).not.toBe(first);
  });

  for (const path of ["/?tools=12&decomp=0.35", "/methodology", "/evidence?arch=hybrid"]) {
    test(`${path} is prerendered, whatever its query: its inline scripts are allowed by hash`, async ({ request }) => {
      const response = await request.get(path);
      // Served from the build, not rendered per request (Next marks prerendered pages).
      expect(response.headers()["x-nextjs-prerender"] ?? response.headers()["x-nextjs-cache"]).toBeTruthy();
      const scripts = directives(response.headers()["content-security-policy"] ?? "").get("script-src") ?? [];
      expect(scripts.filter((s) => s.startsWith("'sha256-")).length).toBeGreaterThan(0);
    });
  }

  test("a method other than GET and HEAD gets a 405 with the security headers, to a page or a static file", async ({ request }) => {
    const html = await (await request.get("/")).text();
    const chunk = /<script[^>]+src="([^"]+)"/.exec(html)?.[1] ?? "/_next/static/none.js";
    for (const [method, path] of [
      ["TRACE", "/"],
      ["POST", "/"],
      ["OPTIONS", "/methodology"],
      ["POST", chunk],
      ["PUT", chunk],
      ["PATCH", chunk],
      ["DELETE", chunk],
      ["OPTIONS", chunk],
    ] as const) {
      const response = await request.fetch(path, { method });
      expect(response.status(), `${method} ${path}`).toBe(405);
      expect(response.headers()["allow"]).toBe("GET, HEAD");
      for (const [name, value] of Object.entries(STATIC_HEADERS)) expect(response.headers()[name], `${method} ${path} ${name}`).toBe(value);
      expect(response.headers()["content-security-policy"]).toContain("default-src 'none'");
      expect(await response.text()).not.toMatch(/\bat \S+ \(|node_modules/);
    }
  });

  test("a query with thousands of parameters is refused with a 414 before it is parsed; a long share link is not", async ({ request }) => {
    const flood = Array.from({ length: 6000 }, (_, i) => `${i}=9999`).join("&");
    const response = await request.get(`/?${flood}`);
    expect(response.status()).toBe(414);
    for (const [name, value] of Object.entries(STATIC_HEADERS)) expect(response.headers()[name], name).toBe(value);
    expect(await response.text()).toMatch(/more than \d+ parameters/);
    const link =
      "/?tools=12&decomp=0.35&model=claude-sonnet-4-5&arch=decentralized&agents=6&pilot=2*claude-sonnet-4-5_single.1.12.30_centralized.4.15.30_paired&value=2.5&max_cost=0.8&min_success=0.4&tasks_day=1200&compare=tools%3D9%26decomp%3D0.6";
    expect((await request.get(link)).status()).toBe(200);
  });

  test("the favicon is an icon, with the fixed headers", async ({ request }) => {
    const response = await request.get("/favicon.ico");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toMatch(/image\/(x-icon|vnd\.microsoft\.icon)/);
    for (const [name, value] of Object.entries(STATIC_HEADERS)) expect(response.headers()[name], name).toBe(value);
  });

  test("static files carry nosniff and the other fixed headers too", async ({ request }) => {
    const html = await (await request.get("/")).text();
    const src = /<script[^>]+src="([^"]+)"/.exec(html)?.[1];
    expect(src).toBeDefined();
    const headers = (await request.get(src ?? "")).headers();
    for (const [name, value] of Object.entries(STATIC_HEADERS)) expect(headers[name], name).toBe(value);
  });

  // The pages' data files: the calculator's (fitted models, catalog, held-out record; 112 kB) and
  // /evidence's stored runs (280 kB), each named in its page's head and sent compressed (Next would send its
  // route's answer as it is).
  for (const { page, prefix, keys, under } of [
    { page: "/", prefix: "calculator", keys: ["models", "catalog", "reliability"], under: 40_000 },
    { page: "/evidence", prefix: "evidence-runs", keys: ["rows"], under: 40_000 },
  ]) {
    test(`${page}'s data file comes compressed, cached for good, with the fixed headers and a 304`, async ({ request }) => {
      const html = await (await request.get(page)).text();
      const file = new RegExp(`href="(/assets/${prefix}\\.[0-9a-f]{12}\\.json)"`).exec(html)?.[1] ?? "";
      expect(file).not.toBe("");
      const response = await request.get(file, { headers: { "accept-encoding": "br, gzip" } });
      const headers = response.headers();
      expect(headers["content-encoding"]).toBe("br");
      expect(Number(headers["content-length"])).toBeLessThan(under);
      expect(headers["cache-control"]).toBe("public, max-age=31536000, immutable");
      for (const [name, value] of Object.entries(STATIC_HEADERS)) expect(headers[name], name).toBe(value);
      // Playwright decodes the body.
      expect(Object.keys((await response.json()) as object)).toEqual(keys);
      expect((await request.get(file, { headers: { "if-none-match": headers.etag ?? "" } })).status()).toBe(304);
    });
  }

  /** Collects the page's CSP violations (the event fires whether or not the console shows it). */
  async function watchViolations(page: Page) {
    await page.addInitScript(() => {
      const seen: string[] = [];
      Object.assign(window, { cspViolations: seen });
      document.addEventListener("securitypolicyviolation", (e) => seen.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`));
    });
    return () => page.evaluate(() => (Reflect.get(window, "cspViolations") as string[] | undefined) ?? []);
  }

  test("the calculator runs under the policy with no violation: charts, pilots, the planner's worker, an upload's worker", async ({ page }) => {
    const violations = await watchViolations(page);
    await page.goto("/?pilot=1_single.1.12.30");
    await showCharts(page);
    await expect(page.getByTestId("chart-costs").locator("g.point").first()).toBeAttached();
    // The planner plans in its Web Worker.
    await expect(page.getByTestId("plan-sentence")).toContainText(/^(Pilot |No pilot)/);
    await page.getByTestId("chart-plan").scrollIntoViewIfNeeded();
    await expect(page.getByTestId("chart-plan").getByRole("application")).toBeVisible();
    // A pilot typed in.
    await page.getByRole("combobox", { name: "Design piloted" }).selectOption("centralized");
    await page.getByRole("textbox", { name: "Tasks run" }).fill("30");
    await page.getByRole("textbox", { name: "Tasks solved" }).fill("27");
    await page.getByRole("button", { name: "Add pilot" }).click();
    await expect(page.getByRole("list", { name: "Pilots entered" })).toContainText("Centralized, 4 agents: 27 of 30 solved");
    // An upload, read in the run-log worker.
    const log = ["task,architecture,agents,solved,turns,cost", "t1,hybrid,3,1,30,0.05", "t2,hybrid,3,0,28,0.04"].join("\n");
    await page.getByLabel("Your pilot runs").setInputFiles({ name: "pilot.csv", mimeType: "text/csv", buffer: Buffer.from(log) });
    await expect(page.getByTestId("run-log-status")).toContainText("pilot.csv: 2 valid rows");
    // Client-side navigation to the prerendered page and back.
    await page.getByRole("link", { name: "Methodology" }).first().click();
    await expect(page).toHaveURL(/\/methodology$/);
    await expect(page.getByRole("heading", { level: 1, name: "Methodology" })).toBeVisible();
    expect(await violations()).toEqual([]);
  });

  test("the prerendered /methodology and /evidence load with no violation", async ({ page }) => {
    const violations = await watchViolations(page);
    await page.goto("/methodology");
    await expect(page.getByRole("heading", { level: 1, name: "Methodology" })).toBeVisible();
    expect(await violations()).toEqual([]);
    await page.goto("/evidence");
    await expect(page.getByRole("heading", { level: 1, name: "Evidence" })).toBeVisible();
    expect(await violations()).toEqual([]);
  });
});
