import { expect, test } from "./fixtures";

// Issue 11, item 8: percents on the page (shares in the link), the summary in view, the header link, history.
test.describe("consistency", () => {
  test("shares are entered as percents while the link keeps shares, so old links read exactly", async ({ page }) => {
    await page.goto("/?cache=0.3&min_success=0.4");
    await expect(page.getByRole("spinbutton", { name: "Cache hit rate" })).toHaveValue("30");
    await expect(page.getByRole("spinbutton", { name: "Min success" })).toHaveValue("40");
    await page.getByRole("spinbutton", { name: "Cache hit rate" }).fill("65");
    await expect(page).toHaveURL(/cache=0\.65/);
  });

  test("on a desktop the result summary stays in view while a field far down is edited", async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    // A solved task worth $100: Hybrid, until a $0.02 budget makes it Independent at $0.0200 a task.
    await page.goto("/?tools=12&value=100");
    const field = page.getByRole("spinbutton", { name: "Max cost per task" });
    await field.scrollIntoViewIfNeeded();
    await field.fill("0.02");
    const summary = page.getByTestId("result-summary");
    await expect(summary).toContainText("$0.0200 per task");
    await expect(summary).toBeInViewport();
    await expect(page.getByTestId("recommended-design")).toBeInViewport();
  });

  test("the header's Calculator link keeps the scenario", async ({ page }) => {
    await page.goto("/?tools=7&tasks_day=1000");
    await page.getByRole("link", { name: "Methodology" }).first().click();
    await expect(page).toHaveURL(/\/methodology/);
    await page.getByTestId("nav-calculator").click();
    await expect(page).toHaveURL(/[?&]tools=7/);
    await expect(page).toHaveURL(/tasks_day=1000/);
    await expect(page.getByRole("spinbutton", { name: "Tasks per day" })).toHaveValue("1000");
  });

  test("each settled change is one history entry: Back undoes a change instead of leaving the page", async ({ page }) => {
    await page.goto("/?tools=8");
    await page.getByRole("spinbutton", { name: "Tools", exact: true }).fill("9");
    await expect(page).toHaveURL(/tools=9/);
    await page.getByRole("spinbutton", { name: "Tasks per day" }).fill("200");
    await expect(page).toHaveURL(/tasks_day=200/);
    await page.goBack();
    await expect(page).toHaveURL(/tools=9/);
    await expect(page).not.toHaveURL(/tasks_day=/);
    await expect(page.getByRole("spinbutton", { name: "Tasks per day" })).toHaveValue("");
    await page.goBack();
    await expect(page).toHaveURL(/tools=8/);
    await expect(page.getByRole("spinbutton", { name: "Tools", exact: true })).toHaveValue("8");
  });
});
