import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

/** A4's printable width at the stylesheet's 12 mm side margins, in CSS pixels (186 mm at 96 px per inch). */
const A4_WIDTH = Math.floor((186 / 25.4) * 96);

/** Opens a page as printed on A4 with a dark system theme (print must not follow it). */
async function printed(page: Page, path: string) {
  await page.setViewportSize({ width: A4_WIDTH, height: 1000 });
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto(path);
  await page.emulateMedia({ media: "print", colorScheme: "dark" });
}

/** Elements wider than their box (clipped or scrolling on paper), and whether the page itself is. */
const overflowing = (page: Page) =>
  page.evaluate(() => ({
    page: document.documentElement.scrollWidth > document.documentElement.clientWidth,
    regions: [...document.querySelectorAll(".table-scroll, .math")]
      .filter((e) => e.scrollWidth > e.clientWidth + 1)
      .map((e) => e.getAttribute("aria-label") ?? e.textContent?.slice(0, 40)),
  }));

test.describe("a reviewer prints the decision", () => {
  test("the calculator prints the card and designs table first, the inputs in one block, then the charts; no form controls; light colours", async ({
    page,
  }) => {
    await printed(page, "/?pilot=1_single.1.12.30_centralized.4.15.30_paired");
    await expect(page.locator("form[aria-label=Scenario]")).toBeHidden();
    const summary = page.getByTestId("print-summary");
    await expect(summary).toBeVisible();
    await expect(summary).toContainText("Pilots");
    await expect(summary).toContainText("Centralized, 4 agents: 15 of 30 solved (same tasks)");
    const top = async (locator: ReturnType<Page["locator"]>) => (await locator.boundingBox())?.y ?? Number.NaN;
    const card = await top(page.getByTestId("recommendation"));
    const designs = await top(page.getByTestId("designs"));
    const inputs = await top(summary);
    const firstChart = await top(page.getByTestId("chart-architectures"));
    expect(card).toBeLessThan(designs);
    expect(designs).toBeLessThan(inputs);
    expect(inputs).toBeLessThan(firstChart);
    const colours = await page.evaluate(() => ({
      bg: getComputedStyle(document.body).backgroundColor,
      h1: getComputedStyle(document.querySelector("h1") ?? document.body).color,
    }));
    expect(colours).toEqual({ bg: "rgb(255, 255, 255)", h1: "rgb(26, 29, 35)" });
    expect(await overflowing(page)).toEqual({ page: false, regions: [] });
  });

  test("the methodology page fits A4's width: every table wraps instead of being clipped", async ({ page }) => {
    await printed(page, "/methodology");
    expect(await overflowing(page)).toEqual({ page: false, regions: [] });
  });
});
