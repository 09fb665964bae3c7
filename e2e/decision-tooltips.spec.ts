import { showCharts } from "./calculator-helpers";
import { expect, test } from "./fixtures";

// Issue 11, item 4: every calculator chart has tooltips by hover and keyboard, and its values as a table.
test("each calculator chart names the design and its figures on hover and on keyboard focus, and shows them as a table", async ({ page }) => {
  // A solved task worth $10: the value rule builds Hybrid with 4 agents.
  await page.goto("/?tools=7&decomp=0.6&value=10");
  await showCharts(page);
  for (const [chart, group] of [
    ["chart-architectures", "Success by architecture"],
    ["chart-agents", "Success by agent count"],
    ["chart-costs", "Cost and success"],
  ] as const) {
    const frame = page.getByTestId(chart);
    const focus = frame.getByRole("group", { name: new RegExp(`^${group}`) });
    await focus.focus();
    const tooltip = frame.getByTestId("chart-tooltip");
    await expect(tooltip).toHaveCount(1);
    await expect(tooltip).toContainText(/agents?/);
    await expect(tooltip).toContainText(/success \d+% \(90% interval \d+%-\d+%\)/);
    const first = await tooltip.textContent();
    await focus.press("End");
    await expect.poll(() => tooltip.textContent()).not.toBe(first);
    await focus.blur();
    await expect(tooltip).toHaveCount(0);
  }

  // Hover: the cost chart's recommended design names itself with its cost.
  const costs = page.getByTestId("chart-costs");
  await costs.evaluate((e) => e.scrollIntoView({ block: "center" }));
  await costs.locator('g.point[data-architecture="hybrid"][data-agents="4"] .marker').hover();
  await expect(costs.getByTestId("chart-tooltip")).toContainText("Hybrid, 4 agents ★ recommended");
  await expect(costs.getByTestId("chart-tooltip")).toContainText(/\$[\d.]+ per task/);

  // The same values as text.
  for (const table of ["table-architectures", "table-agents", "table-costs"]) {
    await page.getByTestId(`${table}-toggle`).click();
    await expect(page.getByTestId(table).locator("tbody tr").first()).toBeVisible();
  }
  await expect(page.getByTestId("table-costs")).toContainText("Hybrid, 4 agents ★ recommended");
  await expect(page.getByTestId("table-agents")).toContainText("Hybrid, 6 agents (extrapolated)");
});
