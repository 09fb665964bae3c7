import { expect, test } from "./fixtures";
import { figures } from "./calculator-helpers";

test("a copied link opened in a new page shows identical figures", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/");
  await page.getByRole("slider", { name: "Tools" }).focus();
  await page.keyboard.press("ArrowRight");
  await page.getByRole("spinbutton", { name: "Decomposability" }).fill("0.65");
  await page.getByRole("textbox", { name: "Tasks run" }).fill("30");
  await page.getByRole("textbox", { name: "Tasks solved" }).fill("12");
  await page.getByRole("button", { name: "Add pilot" }).click();
  await page.getByRole("combobox", { name: "Model", exact: true }).selectOption("claude-sonnet-4-5");
  await page.getByRole("combobox", { name: "Your design" }).selectOption("hybrid");
  await page.getByRole("spinbutton", { name: "Agents" }).fill("7");
  await page.getByRole("combobox", { name: "Prediction model" }).selectOption("paper-v3");
  const original = await figures(page);

  await page.getByRole("button", { name: "Copy link" }).click();
  await expect(page.getByText("Link copied.")).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(/\?tools=6&decomp=0\.65&model=claude-sonnet-4-5&arch=hybrid&agents=7&fit=paper-v3&pilot=2\*gpt-5-mini_single\.1\.12\.30&v=[0-9a-f]{12}\.\d+$/);

  const reader = await context.newPage();
  await reader.goto(link);
  expect(await figures(reader)).toEqual(original);
  await expect(reader.getByTestId("notices")).toHaveCount(0);
});
