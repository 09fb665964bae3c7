import { expect, type Page } from "@playwright/test";

/**
 * Every figure the calculator shows, as text: the recommendation, both charts' summaries, the nearest
 * runs and the inputs. Two pages showing the same scenario must return the same figures.
 */
export async function figures(page: Page) {
  await page.getByTestId("recommendation").waitFor();
  await plannerSettled(page);
  // The results below the card are neither laid out nor painted while out of view (content-visibility in
  // app/globals.css), and innerText reads only rendered text: their text is read as the DOM holds it.
  return {
    recommendation: await page.getByTestId("recommendation").innerText(),
    architectures: await page.getByTestId("chart-architectures").locator(".visually-hidden").textContent(),
    nearest: await page.getByTestId("nearest-runs").textContent(),
    designs: await page.getByTestId("designs").textContent(),
    costs: await page.getByTestId("chart-costs").locator(".visually-hidden").textContent(),
    inputs: await page.locator("form[aria-label=Scenario]").evaluate((form) =>
      // React's generated ids (useId: "_r_4_") follow mount order, which differs between two page loads: such a field is named by its place.
      [...form.querySelectorAll("input, select")]
        .map(
          (el, i) =>
            `${/^_r_|^«/.test(el.id) || el.id === "" ? `#${i}` : el.id}=${el instanceof HTMLInputElement && el.type === "checkbox" ? el.checked : (el as HTMLInputElement).value}`,
        )
        .join("&"),
    ),
  };
}

/**
 * Waits until the pilot planner has answered for the scenario on screen (or there is no planner, under
 * Eq. 1): the card names the planner's pilot once its plan is the current scenario's, so two pages
 * compared before that could differ only by timing.
 */
export async function plannerSettled(page: Page) {
  await page.waitForFunction(() => {
    const planner = document.querySelector("section.planner");
    if (planner === null) return true;
    const sentence = planner.querySelector("[data-testid=plan-sentence]")?.textContent ?? "";
    return !planner.hasAttribute("data-pending") && sentence !== "" && !sentence.startsWith("Planning");
  });
}

/**
 * Charts load as they scroll into view (components/charts/when-visible.tsx): once the page's charts are
 * all on it (the calculator loads after its skeleton, and its results, the charts among them, render in a
 * second commit after the card: `data-results="ready"`), scrolls each into view, in order, and waits
 * until it is drawn (no placeholder left in it) before the next: a chart drawn above grows and pushes the
 * ones below out of view. Listing the charts before the results were on the page, or scrolling through
 * them all at once, left the cost chart undrawn on a loaded machine.
 */
export async function showCharts(page: Page) {
  await page.locator('.calculator[data-results="ready"], body:not(:has(.calculator))').first().waitFor();
  await page.locator("figure.chart").first().waitFor();
  for (const chart of await page.locator("figure.chart").all()) {
    await chart.scrollIntoViewIfNeeded();
    await expect(chart.locator(".chart-placeholder")).toHaveCount(0, { timeout: 15_000 });
  }
}
