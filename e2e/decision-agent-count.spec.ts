import { showCharts } from "./calculator-helpers";
import { expect, test } from "./fixtures";

// Issue 11, item 2: one agent-count answer on the card, the agents chart and the frontier.
test("the card, the agents chart and the frontier give one agent count; extrapolated counts join the frontier only on request", async ({ page }) => {
  // A 7-tool coding agent whose solved task is worth $10: the value rule builds Hybrid.
  await page.goto("/?tools=7&decomp=0.6&value=10");
  await showCharts(page);
  await expect(page.getByTestId("recommended-design")).toHaveText("Build: Hybrid, 4 agents");
  const answer = page.getByTestId("agent-count");
  await expect(answer).toContainText("Agent count: 4, the count Hybrid was measured with.");
  await expect(answer).toContainText("are extrapolated by the agent-count rule, not measured, and are never recommended.");
  await expect(answer).toContainText("The agents chart's highest point, Hybrid with 6 agents");

  const agents = page.getByTestId("chart-agents");
  await expect(agents.locator('g.recommended[data-architecture="hybrid"][data-agents="4"]')).toHaveCount(1);
  await expect(agents).toContainText("recommended: 4");

  // The frontier passes through measured designs only until the user opts in; the choice is in the link.
  const costs = page.getByTestId("chart-costs");
  await expect(costs).toContainText("measured designs that no cheaper measured design beats");
  const before = await costs.locator("path.frontier").getAttribute("d");
  await page.getByTestId("frontier-all").check();
  await expect(page).toHaveURL(/frontier=all/);
  await expect(costs).toContainText("extrapolated counts included");
  await expect.poll(() => costs.locator("path.frontier").getAttribute("d")).not.toBe(before);
  await page.getByTestId("frontier-all").uncheck();
  await expect(page).not.toHaveURL(/frontier=/);
});
