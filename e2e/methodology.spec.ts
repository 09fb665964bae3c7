import { expect, test } from "./fixtures";

test.describe("a reviewer checks how good the predictions are", () => {
  test("the methodology page shows validation against both baselines, the targets, and its charts", async ({ page }) => {
    await page.goto("/methodology");

    const table = page.getByTestId("validation-table");
    for (const column of ["naive (multi = single)", "paper (Eq. 1)", "architect (with pilot)", "architect (no pilot)"]) {
      await expect(table.getByRole("columnheader", { name: column })).toBeVisible();
    }
    await expect(table.getByRole("row", { name: /MAE LOBO, multi-agent runs/ })).toContainText("0.163");
    await expect(table.getByRole("row", { name: /MAE LOBO, multi-agent runs/ })).toContainText("0.165");
    await expect(page.getByTestId("noise-floor")).toContainText("Noise floor");
    await expect(page.getByTestId("targets").getByRole("listitem")).toHaveCount(5);
    await expect(page.getByTestId("ablations")).toContainText("domain complexity");
    await expect(page.getByTestId("architect-coefficients").getByRole("row")).toHaveCount(9);

    for (const chart of ["chart-predicted-measured", "chart-calibration", "chart-agent-rule"]) {
      await expect(page.getByTestId(chart).getByRole("application")).toBeVisible();
    }
    await expect(page.getByTestId("chart-predicted-measured").locator(".recharts-scatter-symbol")).toHaveCount(2 * 208);
  });
});

test("the methodology page fits a 375 px phone without sideways scrolling", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto("/methodology");
  await expect(page.getByTestId("chart-calibration").getByRole("application")).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
});
