import { expect, test } from "./fixtures";

test.describe("a reader checks the paper's reproduction", () => {
  test("the methodology page shows both fits' figures beside the printed ones, all matching", async ({ page }) => {
    await page.goto("/methodology");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Methodology");
    await expect(page.getByText("every printed figure is reproduced.")).toBeVisible();

    const figures = page.getByTestId("fit-figures");
    await expect(figures.getByTestId("v2-r2Train")).toContainText("0.6132");
    await expect(figures.getByTestId("v2-r2CvMean")).toContainText("0.5241");
    await expect(figures.getByTestId("v2-r2CvSd")).toContainText("0.0334");
    await expect(figures.getByTestId("v2-aic")).toContainText("−201.23");
    await expect(figures.getByTestId("v2-meanIntelligence")).toContainText("56.8889");
    await expect(figures.getByTestId("v3-r2Train")).toContainText("0.4633");
    await expect(figures.getByTestId("v3-r2CvMean")).toContainText("0.3728");
    await expect(figures.getByTestId("v3-r2CvSd")).toContainText("0.1702");
    await expect(figures.getByTestId("v3-aic")).toContainText("−236.33");
    await expect(figures.getByTestId("v3-rank")).toContainText("17");
    await expect(figures.locator(".mismatch")).toHaveCount(0);
    await expect(figures.locator(".match")).toHaveCount(14);

    const coefficients = page.getByTestId("coefficients");
    await expect(coefficients.getByTestId("v2-coef-PxlogN")).toContainText("−0.4043");
    await expect(coefficients.getByTestId("v3-coef-PxlogN")).toContainText("−0.2359");
    await expect(coefficients.locator(".match")).toHaveCount(26);
    await expect(coefficients.locator("tr.not-identified")).toHaveCount(7);
  });
});
