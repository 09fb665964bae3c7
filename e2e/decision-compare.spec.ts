import { expect, test } from "./fixtures";

// Issue 11, item 6: pin A, change anything, read B beside A; both in the link; clearing returns to one.
test("pinning A and changing the budget shows B beside A with the differences, in the link, until cleared", async ({ page, context }) => {
  // A solved task worth $100: the value rule builds Hybrid, which a $0.02 budget rules out.
  await page.goto("/?tools=12&value=100&max_cost=0.02");
  await page.getByTestId("compare-pin").click();
  await expect(page).toHaveURL(/compare=tools(=|%3D)12%26value(=|%3D)100%26max_cost(=|%3D)0\.02/);
  await page.getByRole("spinbutton", { name: "Max cost per task" }).fill("");
  await expect(page).not.toHaveURL(/[?&]max_cost=/);
  const table = page.getByTestId("compare-table");
  await expect(table.getByRole("row", { name: /^Max cost per task / })).toContainText("0.02");
  await expect(table.getByRole("row", { name: /^Recommendation / })).toContainText("changed");
  await expect(table.getByRole("row", { name: /^Predicted success / })).toContainText(/[+−][\d.]+ points/);
  await expect(table.getByRole("row", { name: /^Cost per task / })).toContainText("$0.0200");

  // The link carries both: a reader sees the same comparison.
  const reader = await context.newPage();
  await reader.goto(page.url());
  const shown = await table.innerText();
  await expect.poll(() => reader.getByTestId("compare-table").innerText()).toBe(shown);

  await page.getByTestId("compare-clear").click();
  await expect(page).not.toHaveURL(/compare=/);
  await expect(page.getByTestId("compare-table")).toHaveCount(0);
  await expect(page.getByTestId("compare-pin")).toBeVisible();
});

test("a bad pinned value is named in a notice and the rest of A is kept", async ({ page }) => {
  await page.goto("/?tools=3&compare=tools%3Dabc%26decomp%3D0.9");
  await expect(page.getByTestId("compare")).toContainText('Pinned scenario A, Tools: expected an integer in [0, 64], got "abc"; its default is used.');
  await expect(page.getByTestId("compare-table").getByRole("row", { name: /^Decomposability / })).toContainText("0.9");
});
