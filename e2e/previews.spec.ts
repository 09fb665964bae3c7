import type { APIRequestContext } from "@playwright/test";
import { expect, test } from "./fixtures";

/*
 * A link shared in a chat or a document unfurls with its own scenario (README, "Link previews"): a
 * link-preview bot runs no JavaScript, so it reads the page's head as the server sends it, then fetches
 * the card image the head names. Checked against the JSON API's figures for the same query.
 */

const SCENARIO = "tools=8&decomp=0.6&value=2";

/** The content of a meta tag (name= or property=) in a page's head; every one must appear once. */
function metaTags(html: string) {
  const head = html.slice(0, html.indexOf("</head>"));
  const unescape = (s: string) =>
    s
      .replace(/&quot;/g, '"')
      .replace(/&#x27;/g, "'")
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&amp;/g, "&");
  const tags = new Map<string, string[]>();
  for (const [, key, value] of head.matchAll(/<meta (?:name|property)="([^"]+)" content="([^"]*)"/g))
    tags.set(key ?? "", [...(tags.get(key ?? "") ?? []), unescape(value ?? "")]);
  const one = (key: string) => {
    const values = tags.get(key) ?? [];
    expect(values, key).toHaveLength(1);
    return values[0] ?? "";
  };
  const titles = [...head.matchAll(/<title>([^<]*)<\/title>/g)].map((m) => unescape(m[1] ?? ""));
  const canonicals = [...head.matchAll(/<link rel="canonical" href="([^"]*)"/g)].map((m) => unescape(m[1] ?? ""));
  expect(titles).toHaveLength(1);
  expect(canonicals).toHaveLength(1);
  return { head, one, all: (key: string) => tags.get(key) ?? [], title: titles[0] ?? "", canonical: canonicals[0] ?? "" };
}

/** A PNG's width and height, from its IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8).toString("hex")).toBe("89504e470d0a1a0a");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The recommended design's figures, from the JSON API (the page, the CLI and the API give one answer). */
async function apiDecision(request: APIRequestContext, query: string) {
  const answer = await (await request.get(`/api/v1/predict?${query}`)).json();
  const r = answer.recommendation;
  const design = answer.predictions.find((p: { architecture: string; agents: number }) => p.architecture === r.architecture && p.agents === r.agents);
  const pct = (x: number) => `${Math.round(x * 100)}%`;
  return {
    architecture: r.architecture as string,
    agents: r.agents as number,
    kind: r.kind as string,
    success: pct(design.successRate),
    sure: pct(r.chance),
    interval: `${Math.round(design.interval[0] * 100)}-${pct(design.interval[1])}`,
  };
}

/** A path with its query, from an absolute URL the page names (at SITE_URL, which may not be where the tests run). */
const local = (url: string) => {
  const u = new URL(url);
  return `${u.pathname}${u.search}`;
};

test.describe("a link shared in a chat unfurls with its scenario's decision", () => {
  test("a bot's plain request of a scenario link gets that scenario's title, description, card and canonical URL", async ({ request }) => {
    const response = await request.get(`/?${SCENARIO}&utm_source=chat`, {
      headers: { "User-Agent": "Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)", "Accept-Encoding": "gzip, br" },
    });
    expect(response.status()).toBe(200);
    const tags = metaTags(await response.text());
    const expected = await apiDecision(request, SCENARIO);
    expect(expected).toMatchObject({ architecture: "hybrid", agents: 4, kind: "multi" });
    expect(tags.title).toBe(`Hybrid, 4 agents · ${expected.success} success · Agent Scaling Calculator`);
    expect(tags.one("og:title")).toBe(tags.title);
    expect(tags.one("twitter:title")).toBe(tags.title);
    const description = tags.one("description");
    expect(description).toContain("For a task with 8 tools, decomposability 0.6");
    expect(description).toContain(`build Hybrid, 4 agents, ${expected.success} success (90% interval ${expected.interval})`);
    expect(description).toContain(`how sure ${expected.sure}`);
    expect(tags.one("og:description")).toBe(description);
    expect(tags.one("twitter:description")).toBe(description);
    // The canonical URL keeps the scenario and drops what is not one (utm_source); og:url is the same.
    expect(tags.canonical).toMatch(/^https?:\/\/[^/]+\/\?decomp=0\.6&tools=8&value=2$/);
    expect(tags.one("og:url")).toBe(tags.canonical);
    expect(tags.one("twitter:card")).toBe("summary_large_image");
    expect(tags.one("og:image:width")).toBe("1200");
    expect(tags.one("og:image:height")).toBe("630");
    expect(tags.one("og:image:alt")).toContain(`Build: Hybrid, 4 agents: ${expected.success} success`);
    const image = tags.one("og:image");
    expect(tags.one("twitter:image")).toBe(image);
    expect(new URL(image).origin).toBe(new URL(tags.canonical).origin);
    expect(local(image)).toMatch(/^\/preview\.png\?decomp=0\.6&tools=8&value=2&v=[0-9a-f]{12}\.\d+$/);
    expect(tags.all("theme-color")).toEqual(["#ffffff", "#12151a"]);

    // The card: a 1200 x 630 PNG, cached for good (its URL names the data version), revalidated by its ETag.
    const card = await request.get(local(image), { headers: { "User-Agent": "Twitterbot/1.0" } });
    expect(card.status()).toBe(200);
    expect(card.headers()["content-type"]).toBe("image/png");
    expect(card.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(pngSize(await card.body())).toEqual({ width: 1200, height: 630 });
    const again = await request.get(local(image), { headers: { "If-None-Match": card.headers().etag ?? "" } });
    expect(again.status()).toBe(304);
  });

  test("the scenario page is the prerendered page with only its head's preview tags changed: same scripts, hashed by the CSP", async ({ request }) => {
    const scripts = (html: string) => [...html.matchAll(/<script[^>]*>[\s\S]*?<\/script>/g)].map((m) => m[0]);
    const plain = await (await request.get("/")).text();
    const response = await request.get(`/?${SCENARIO}`);
    const html = await response.text();
    expect(scripts(html)).toEqual(scripts(plain));
    expect(html.slice(html.indexOf("</head>"))).toBe(plain.slice(plain.indexOf("</head>")));
    const scriptSources = /script-src ([^;]*)/.exec(response.headers()["content-security-policy"] ?? "")?.[1] ?? "";
    expect(scriptSources).toMatch(/^'self' 'nonce-[^']+' 'sha256-/);
    expect(scriptSources).not.toContain("'unsafe-inline'");
    // The same link again is the same page (kept by the server), revalidated by its ETag.
    const etag = response.headers().etag ?? "";
    expect(etag).not.toBe((await request.get("/")).headers().etag);
    expect((await request.get(`/?${SCENARIO}`, { headers: { "If-None-Match": etag } })).status()).toBe(304);
  });

  test("the page without a query previews the default scenario, from the build", async ({ request }) => {
    const tags = metaTags(await (await request.get("/")).text());
    const expected = await apiDecision(request, "");
    expect(expected.kind).toBe("single");
    expect(tags.title).toBe(`Not shown better: build the single agent · ${expected.success} success · Agent Scaling Calculator`);
    expect(tags.one("description")).toContain(`how sure ${expected.sure}`);
    expect(new URL(tags.canonical).pathname + new URL(tags.canonical).search).toBe("/");
    expect(local(tags.one("og:image"))).toMatch(/^\/preview\.png\?v=[0-9a-f]{12}\.\d+$/);
    expect(tags.one("twitter:card")).toBe("summary_large_image");
  });

  test("a garbage link still unfurls: the default decision, the ignored values counted, nothing of it in the markup", async ({ request }) => {
    const garbage = `tools=abc&decomp=${encodeURIComponent('"><script>alert(1)</script>')}&arch=zzz&pilot=!!!&tools=9`;
    const response = await request.get(`/?${garbage}`);
    expect(response.status()).toBe(200);
    const tags = metaTags(await response.text());
    expect(tags.head).not.toContain("<script>alert");
    expect(tags.one("description")).toMatch(/4 values in the link were ignored; the defaults stand in\.$/);
    expect(tags.title).toMatch(/^Not shown better: build the single agent · /);
    const card = await request.get(local(tags.one("og:image")));
    expect(card.status()).toBe(200);
    expect(pngSize(await card.body())).toEqual({ width: 1200, height: 630 });
    // Any query at all gets a card, never an error; without the current data version it is cached for an hour.
    for (const query of ["%E0%A4%A=%ZZ&&&=", "tools=1e999&agents=-1&model=__proto__", `pilot=${"9".repeat(400)}`]) {
      const answer = await request.get(`/preview.png?${query}`);
      expect(answer.status(), query).toBe(200);
      expect(answer.headers()["cache-control"]).toBe("public, max-age=3600");
      expect(pngSize(await answer.body())).toEqual({ width: 1200, height: 630 });
    }
  });

  test("the browser's tab follows the scenario, after the page has hydrated", async ({ page }) => {
    await page.goto(`/?${SCENARIO}`);
    await expect(page).toHaveTitle(/^Hybrid, 4 agents · \d+% success · Agent Scaling Calculator$/);
    await page.getByRole("spinbutton", { name: "Value of a solved task" }).fill("");
    await expect(page).toHaveTitle(/^Not shown better: build the single agent · \d+% success/);
    // Another page's title is its own: the calculator's stays behind.
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Methodology" }).click();
    await expect(page).toHaveURL(/\/methodology$/);
    await expect(page).toHaveTitle("Methodology · Agent Scaling Calculator");
    await page.goBack();
    await expect(page).toHaveTitle(/^Not shown better: build the single agent · \d+% success/);
  });

  test("the site describes itself to crawlers and phones: robots.txt, the sitemap, the manifest, the icons", async ({ request }) => {
    const robots = await (await request.get("/robots.txt")).text();
    expect(robots).toContain("Disallow: /api/v1/");
    expect(robots).toMatch(/Sitemap: https?:\/\/[^/]+\/sitemap\.xml/);
    const sitemap = await (await request.get("/sitemap.xml")).text();
    const locations = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? "").pathname);
    expect(locations).toEqual(["/", "/methodology", "/evidence", "/api"]);
    const manifest = await (await request.get("/manifest.webmanifest")).json();
    expect(manifest).toMatchObject({ name: "Agent Scaling Calculator", start_url: "/", display: "standalone" });
    for (const icon of manifest.icons as { src: string; type: string }[]) {
      const answer = await request.get(icon.src);
      expect(answer.status(), icon.src).toBe(200);
      expect(answer.headers()["content-type"]).toBe(icon.type);
    }
    expect(pngSize(await (await request.get("/apple-icon")).body())).toEqual({ width: 180, height: 180 });
    const head = metaTags(await (await request.get("/methodology")).text());
    expect(new URL(head.canonical).pathname).toBe("/methodology");
    expect(head.head).toMatch(/<link rel="apple-touch-icon" href="\/apple-icon[^"]*"/);
    expect(head.head).toMatch(/<link rel="manifest" href="\/manifest\.webmanifest"/);
  });
});
