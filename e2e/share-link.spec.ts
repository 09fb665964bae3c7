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
  expect(link).toMatch(
    /\?tools=6&decomp=0\.65&model=claude-sonnet-4-5&arch=hybrid&agents=7&fit=paper-v3&pilot=2\*gpt-5-mini_single\.1\.12\.30&v=[0-9a-f]{12}\.\d+$/,
  );

  const reader = await context.newPage();
  await reader.goto(link);
  expect(await figures(reader)).toEqual(original);
  await expect(reader.getByTestId("notices")).toHaveCount(0);
});

test("a shared link shows only its own figures: the page is a static shell with a skeleton, never the default scenario's figures", async ({
  page,
  request,
}) => {
  const link = "/?tools=12&decomp=0.35&model=claude-sonnet-4-5&arch=decentralized&agents=6&value=2.5&tasks_day=1200";
  // The HTML is the same static shell for every link: a skeleton where the figures go, no figure at all.
  const html = await (await request.get(link)).text();
  expect(html).toContain('data-testid="calculator-skeleton"');
  expect(html).not.toContain('data-testid="recommended-design"');
  expect(html).not.toContain('data-testid="designs"');
  // Every recommendation the page ever shows, from the first paint on: one, the link's.
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.assign(window, { seenRecommendations: seen });
    new MutationObserver(() => {
      const text = document.querySelector("[data-testid=recommended-design]")?.textContent ?? null;
      if (text !== null && seen.at(-1) !== text) seen.push(text);
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
  await page.goto(link);
  await expect(page.getByTestId("calculator-skeleton")).toHaveCount(0);
  const shown = await figures(page);
  const seen = await page.evaluate(() => Reflect.get(window, "seenRecommendations") as string[]);
  expect(seen).toEqual([await page.getByTestId("recommended-design").innerText()]);
  await expect(page.getByRole("slider", { name: "Tools" })).toHaveValue("12");
  // The same figures as the calculator reached by typing the same scenario.
  const typed = await page.context().newPage();
  await typed.goto("/");
  await typed.getByRole("spinbutton", { name: "Tools", exact: true }).fill("12");
  await typed.getByRole("spinbutton", { name: "Decomposability" }).fill("0.35");
  await typed.getByRole("combobox", { name: "Model", exact: true }).selectOption("claude-sonnet-4-5");
  await typed.getByRole("combobox", { name: "Your design" }).selectOption("decentralized");
  await typed.getByRole("spinbutton", { name: "Agents" }).fill("6");
  await typed.getByRole("spinbutton", { name: "Value of a solved task" }).fill("2.5");
  await typed.getByRole("spinbutton", { name: "Tasks per day" }).fill("1200");
  expect(await figures(typed)).toEqual(shown);
});

test("a link that clears a listed cached-input price (p_cached=none, as the CLI and the API write it) opens with none and keeps it", async ({ page }) => {
  await page.goto("/?model=gpt-5&p_cached=none");
  await expect(page.getByRole("spinbutton", { name: "Cached input price" })).toHaveValue("");
  await expect(page.getByText("No cached-input price: cached input is billed at the input price.")).toBeVisible();
  await expect(page.getByTestId("notices")).toHaveCount(0);
  await expect(page.getByRole("textbox", { name: "Share link" })).toHaveValue(/[?&]model=gpt-5&p_cached=none&v=/);
  // A step elsewhere keeps it, in the state and in the URL.
  await page.getByRole("slider", { name: "Tools" }).focus();
  await page.keyboard.press("ArrowRight");
  await expect(page).toHaveURL(/tools=6/);
  await expect(page).toHaveURL(/p_cached=none/);
  await expect(page.getByRole("spinbutton", { name: "Cached input price" })).toHaveValue("");
});
