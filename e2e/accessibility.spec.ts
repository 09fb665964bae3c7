import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { showCharts } from "./calculator-helpers";
import { expect, test } from "./fixtures";

/** Every WCAG 2.0-2.2 A and AA rule axe-core has, plus its best practices. */
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];
const WIDTHS = [375, 1280];
const THEMES = ["light", "dark"] as const;
/**
 * What the dark theme changes is colour only (the same DOM, the same layout), so the dark pass runs axe's
 * rules about colour only; the light pass runs every rule.
 */
const COLOUR_RULES = ["color-contrast", "link-in-text-block"];

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

test.describe("a visitor using assistive technology, a phone or a dark theme finds no accessibility violation", () => {
  for (const { path, open } of PAGES) {
    for (const width of WIDTHS) {
      // One page load per width: the theme is switched in place (emulateMedia), each checked on its own.
      test(`${path} at ${width} px, light and dark: axe-core finds no violation`, async ({ page }) => {
        test.setTimeout(120_000);
        await page.setViewportSize({ width, height: 900 });
        await open(page);
        const found: Record<string, unknown[]> = {};
        for (const theme of THEMES) {
          await page.emulateMedia({ colorScheme: theme });
          await expect.poll(() => page.evaluate(() => matchMedia("(prefers-color-scheme: dark)").matches)).toBe(theme === "dark");
          const results = await (theme === "light" ? new AxeBuilder({ page }).withTags(TAGS) : new AxeBuilder({ page }).withRules(COLOUR_RULES)).analyze();
          found[theme] = results.violations.map((v) => ({
            id: v.id,
            impact: v.impact,
            help: v.help,
            targets: v.nodes.map((n) => n.target.join(" ")),
          }));
          if (found[theme].length > 0) console.log(`${path} ${width}px ${theme}: ${JSON.stringify(found[theme], null, 2)}`);
        }
        expect(found).toEqual({ light: [], dark: [] });
      });
    }
  }
});
