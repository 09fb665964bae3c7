import { expect, test } from "./fixtures";

// Issue 11, item 7: task archetypes and the decomposability rubric as a questionnaire.
test("a preset sets tools, decomposability and costs with its reason and nearest benchmark; the rubric's answers set decomposability", async ({ page }) => {
  await page.goto("/");
  const presets = page.getByTestId("presets");
  for (const name of ["Customer support", "Web research", "Coding", "Data analysis", "Document processing"]) {
    await expect(presets.getByRole("button", { name, exact: true })).toBeVisible();
  }
  await expect(presets).toContainText("Nearest stored benchmark:");
  await presets.getByRole("button", { name: "Web research", exact: true }).click();
  await expect(page).toHaveURL(/tools=3/);
  await expect(page).toHaveURL(/decomp=0\.75/);
  await expect(page).toHaveURL(/turns=12/);
  await expect(page.getByRole("spinbutton", { name: "Tools", exact: true })).toHaveValue("3");
  await presets.getByText("What each sets, and why").click();
  await expect(presets.locator("li", { hasText: "Web research:" })).toBeVisible();
  await expect(presets.locator("li", { hasText: "Web research:" })).toContainText("Nearest stored benchmark: BrowseComp-Plus");

  // The rubric: a "no" to the first gate question gives d = 0 and asks nothing more.
  const rubric = page.getByTestId("rubric");
  await rubric.locator("summary").click();
  await rubric.getByRole("group", { name: /split into two or more sub-tasks/ }).getByLabel("No").check();
  await expect(page.getByTestId("rubric-result")).toHaveText(/Decomposability set to 0 by the rubric/);
  await expect(page).toHaveURL(/decomp=0(&|$)/);
  // All yes: d = 1.
  await rubric.getByRole("group", { name: /split into two or more sub-tasks/ }).getByLabel("Yes").check();
  for (const q of [/at the same time/, /more than half of the work/, /shared, changing state/, /short mechanical step/]) {
    await rubric.getByRole("group", { name: q }).getByLabel("Yes").check();
  }
  await expect(page.getByTestId("rubric-result")).toHaveText(/Decomposability set to 1 by the rubric/);
  await expect(page).toHaveURL(/decomp=1(&|$)/);
});
