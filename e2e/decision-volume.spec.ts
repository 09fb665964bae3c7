import { expect, test } from "./fixtures";

// Issue 11, item 5: a task volume gives a monthly cost per design; designs over the budget are marked.
test("tasks per day add a monthly cost to the card and the designs table, and the budget marks designs over it", async ({ page }) => {
  // A 7-tool coding agent asking what 1,000 tasks a day cost.
  await page.goto("/?tools=7");
  await expect(page.getByTestId("recommended-monthly")).toHaveCount(0);
  await page.getByRole("spinbutton", { name: "Tasks per day" }).fill("1000");
  await expect(page).toHaveURL(/tasks_day=1000/);
  await expect(page.getByTestId("recommended-monthly")).toHaveText(/^At 1,000 tasks a day: \$[\d,.]+ a month \(30 days; single agent: \$[\d,.]+\)\.$/);
  const designs = page.getByTestId("designs");
  await expect(designs.locator("thead")).toContainText("cost per month");
  await expect(designs.locator("tbody tr").first()).toContainText(/\$[\d,]+/);

  await page.getByRole("spinbutton", { name: "Max cost per task" }).fill("0.05");
  await expect(designs.locator("tr.flagged-row").first()).toContainText("(over budget)");
  const over = await designs.locator("tr.flagged-row").count();
  expect(over).toBeGreaterThan(0);
  await expect(designs.locator("tbody tr:not(.flagged-row)").filter({ hasText: "(over budget)" })).toHaveCount(0);
});
