import { expect, test } from "./fixtures";

// Issue 11, item 1: the evidence shown follows the recommended design, the user's own design is labelled.
test("the nearest runs follow the recommendation; the user's own design gets its own labelled table; disagreement is said", async ({ page }) => {
  // A 3-tool web-research agent with a 40% single-agent pilot, a solved task worth $10 (the value rule
  // builds Hybrid), and Centralized chosen as the user's own design.
  await page.goto("/?tools=3&baseline=0.4&value=10&arch=centralized");
  const headline = await page.getByTestId("recommended-design").innerText();
  expect(headline).not.toContain("Centralized");
  expect(headline).toBe("Build: Hybrid, 4 agents");
  const recommended = "Hybrid";
  await expect(page.getByTestId("nearest-heading")).toContainText(`Nearest measured runs: ${recommended}`);
  await expect(page.getByTestId("own-nearest-heading")).toContainText("Your design: nearest measured runs of Centralized");
  await expect(page.getByTestId("own-nearest-runs").locator("tbody tr")).toHaveCount(5);
  // The top evidence row points the other way: the card says so and why the model weighs it as it does.
  await expect(page.getByTestId("evidence-disagrees")).toContainText("The nearest measured run disagrees");
  await expect(page.getByTestId("evidence-disagrees")).toContainText("The model weighs it as one of the");

  // Picking the recommended architecture in the form: one table, no "your design" duplicate.
  await page.getByRole("combobox", { name: "Your design" }).selectOption("hybrid");
  await expect(page.getByTestId("own-nearest-heading")).toHaveCount(0);

  // Without a value the single agent is recommended (not shown better); the evidence is then that of the
  // multi-agent design likeliest to beat it, and no "your design" is marked unless one is chosen.
  await page.goto("/?tools=3&baseline=0.4");
  await expect(page.getByTestId("recommended-design")).toHaveText("Not shown better: build the single agent");
  await expect(page.getByTestId("nearest-heading")).toContainText("(the multi-agent design likeliest to beat the recommended single agent)");
  await expect(page.getByTestId("own-nearest-heading")).toHaveCount(0);
  await expect(page.getByTestId("requested-design")).toHaveCount(0);
});
