import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { showCharts } from "./calculator-helpers";
import { expect, test } from "./fixtures";

/** Every WCAG 2.0-2.2 A and AA rule axe-core has, plus its best practices. */
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];
const THEMES = ["light", "dark"] as const;
/**
 * What the dark theme changes is colour only (the same DOM, the same layout), so the dark pass runs axe's
 * rules about colour only; the light pass runs every rule.
 */
const COLOUR_RULES = ["color-contrast", "link-in-text-block"];
/**
 * What a phone's width changes is layout only: no component reads the width, so the DOM is the same and
 * only CSS moves it. At 375 px the rules that depend on where things land run on the whole page (text
 * over another background, targets squeezed together, a region that must scroll), and every rule runs on
 * what only a narrow screen shows (NARROW_ONLY, the calculator's sticky summary bar).
 */
const LAYOUT_RULES = ["color-contrast", "target-size", "scrollable-region-focusable"];
const NARROW_ONLY = ".mobile-summary";

/** A run log with one bad row, so the upload's problems table is on the page too. */
const RUN_LOG = ["task,architecture,agents,solved,turns,cost", "t1,hybrid,4,1,30,0.05", "t2,hybrid,4,0,28,0.04", "t3,hybrid,x,1,1,1"].join("\n");

/**
 * The calculator with pilots typed in, an uploaded run log and everything drawn (charts, the plan), and
 * every part that opens on demand open: a pinned comparison, the charts' tables, the presets' and the
 * rubric's disclosures.
 */
async function openCalculator(page: Page) {
  await page.goto("/?pilot=1_single.1.12.30_centralized.4.15.30_paired&tasks_day=1000");
  await page.getByLabel("Your pilot runs").setInputFiles({ name: "pilot.csv", mimeType: "text/csv", buffer: Buffer.from(RUN_LOG) });
  await expect(page.getByTestId("run-log-errors")).toBeVisible();
  await showCharts(page);
  await expect(page.locator(".cost-marks .point").first()).toBeAttached();
  await expect(page.locator(".curve-marks .series").first()).toBeAttached();
  await expect(page.getByTestId("plan-sentence")).toBeVisible();
  await page.getByTestId("compare-pin").click();
  await expect(page.getByTestId("compare-table")).toBeVisible();
  for (const chart of ["architectures", "agents", "costs"]) await page.getByTestId(`table-${chart}-toggle`).click();
  await expect(page.getByTestId("table-costs")).toBeVisible();
  for (const summary of await page.locator(".calculator details > summary").all()) await summary.click();
}

const PAGES: { path: string; open: (page: Page) => Promise<void> }[] = [
  { path: "/", open: openCalculator },
  { path: "/methodology", open: async (page) => void (await page.goto("/methodology")) },
  { path: "/evidence", open: async (page) => void (await page.goto("/evidence")) },
];

type Violations = { id: string; impact: unknown; help: string; targets: string[] }[];

async function violations(page: Page, builder: AxeBuilder): Promise<Violations> {
  const results = await builder.analyze();
  return results.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(" ")) }));
}

test.describe("a visitor using assistive technology, a phone or a dark theme finds no accessibility violation", () => {
  for (const { path, open } of PAGES) {
    // One page load per page: the theme (emulateMedia) and the width (setViewportSize) change in place.
    test(`${path} at 1280 px light and dark, and at 375 px: axe-core finds no violation`, async ({ page }) => {
      test.setTimeout(120_000);
      await page.setViewportSize({ width: 1280, height: 900 });
      await open(page);
      const found: Record<string, Violations> = {};
      for (const theme of THEMES) {
        await page.emulateMedia({ colorScheme: theme });
        await expect.poll(() => page.evaluate(() => matchMedia("(prefers-color-scheme: dark)").matches)).toBe(theme === "dark");
        found[theme] = await violations(page, theme === "light" ? new AxeBuilder({ page }).withTags(TAGS) : new AxeBuilder({ page }).withRules(COLOUR_RULES));
      }
      await page.emulateMedia({ colorScheme: "light" });
      await page.setViewportSize({ width: 375, height: 900 });
      await expect.poll(() => page.evaluate(() => innerWidth)).toBe(375);
      found["375 px"] = await violations(page, new AxeBuilder({ page }).withRules(LAYOUT_RULES));
      if ((await page.locator(NARROW_ONLY).count()) > 0) {
        await expect(page.locator(NARROW_ONLY)).toBeVisible();
        found["375 px, narrow only"] = await violations(page, new AxeBuilder({ page }).include(NARROW_ONLY).withTags(TAGS));
      } else found["375 px, narrow only"] = [];
      for (const [pass, list] of Object.entries(found)) if (list.length > 0) console.log(`${path} ${pass}: ${JSON.stringify(list, null, 2)}`);
      expect(found).toEqual({ light: [], dark: [], "375 px": [], "375 px, narrow only": [] });
    });
  }
});
