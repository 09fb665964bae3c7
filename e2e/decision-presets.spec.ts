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
  // Every value the preset sets is listed, and it matches a stored benchmark, whose effects then apply: the card says so first.
  await expect(presets.locator("li", { hasText: "Web research:" })).toContainText(
    "Sets 3 tools, decomposability 0.75 (the rubric's answers), 6,000 input and 600 output tokens per LLM call, and 12 single-agent calls per task",
  );
  await expect(presets.locator("li", { hasText: "Web research:" })).toContainText(
    "It matches a stored benchmark, BrowseComp-Plus, on every input the calculator reads",
  );
  await expect(page.getByTestId("benchmark-match")).toContainText(
    "Your task matches BrowseComp-Plus on every input the calculator reads (3 tools, decomposability 0.75)",
  );
  // Customer support: no stored benchmark matches it, and without a value no multi-agent design is shown better.
  await presets.getByRole("button", { name: "Customer support", exact: true }).click();
  await expect(page).toHaveURL(/tools=12/);
  await expect(page.getByTestId("benchmark-match")).toHaveCount(0);
  await expect(page.getByTestId("recommended-design")).toHaveText("Not shown better: build the single agent");

  // The rubric: a "no" to the first gate question gives d = 0 and asks nothing more.
  const rubric = page.getByTestId("rubric");
  await rubric.locator("summary").click();
  await rubric
    .getByRole("group", { name: /split into two or more sub-tasks/ })
    .getByLabel("No")
    .check();
  await expect(page.getByTestId("rubric-result")).toHaveText(/Decomposability set to 0 by the rubric/);
  await expect(page).toHaveURL(/decomp=0(&|$)/);
  // All yes: d = 1.
  await rubric
    .getByRole("group", { name: /split into two or more sub-tasks/ })
    .getByLabel("Yes")
    .check();
  for (const q of [/at the same time/, /more than half of the work/, /shared, changing state/, /short mechanical step/]) {
    await rubric.getByRole("group", { name: q }).getByLabel("Yes").check();
  }
  await expect(page.getByTestId("rubric-result")).toHaveText(/Decomposability set to 1 by the rubric/);
  await expect(page).toHaveURL(/decomp=1(&|$)/);
});
