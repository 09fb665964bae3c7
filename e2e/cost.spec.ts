import { expect, test } from "./fixtures";
import { figures, showCharts } from "./calculator-helpers";

test.describe("an architect weighs success against cost", () => {
  test("changing a price or the cache hit rate changes every cost and the frontier", async ({ page }) => {
    await page.goto("/?baseline=0.3&decomp=0.6");
    await showCharts(page);
    const frontier = page.getByTestId("chart-costs").locator("path.frontier");
    await expect(frontier).toHaveAttribute("d", /^M/);
    const before = { designs: await page.getByTestId("designs").textContent(), frontier: await frontier.getAttribute("d") };

    await page.getByRole("spinbutton", { name: "Input price", exact: true }).fill("2.5");
    await expect(page).toHaveURL(/p_in=2\.5/);
    await expect(page.getByTestId("price-note")).toContainText("Entered by hand");
    await expect.poll(() => page.getByTestId("designs").textContent()).not.toBe(before.designs);
    await expect.poll(() => frontier.getAttribute("d")).not.toBe(before.frontier);

    const afterPrice = { designs: await page.getByTestId("designs").textContent(), frontier: await frontier.getAttribute("d") };
    const cache = page.getByRole("slider", { name: "Cache hit rate" });
    await cache.focus();
    await cache.press("End");
    await expect(page).toHaveURL(/cache=1/);
    await expect.poll(() => page.getByTestId("designs").textContent()).not.toBe(afterPrice.designs);
    await expect.poll(() => frontier.getAttribute("d")).not.toBe(afterPrice.frontier);

    await page.getByRole("button", { name: "Use listed prices" }).click();
    await expect(page.getByTestId("price-note")).toContainText("Listed for GPT-5 mini on 2026-08-05");
  });

  test("a budget overrides the rule's call and says so; a floor nothing meets keeps the rule's call and names the nearest design", async ({ page }) => {
    // A solved task worth $100: the value rule builds a multi-agent design.
    await page.goto("/?baseline=0.2&decomp=0.8&value=100");
    await expect(page.getByTestId("recommended-design")).toHaveText(/^Build: (Independent|Decentralized|Centralized|Hybrid), \d agents$/);
    await page.getByRole("spinbutton", { name: "Max cost per task" }).fill("0.013");
    await expect(page.getByTestId("recommended-design")).toHaveText("Build: the single agent");
    await expect(page.getByTestId("constraint")).toContainText("Your budget changed the choice:");
    await expect(page.getByTestId("constraint")).toContainText("within $0.0130 per task, Single agent has the highest expected net value.");
    await expect(page.getByTestId("recommendation")).toContainText("Why the rule's own call is multi-agent:");
    await showCharts(page);
    await expect(page.getByTestId("chart-costs").locator("line.budget")).toHaveCount(1);

    await page.getByRole("spinbutton", { name: "Min success" }).fill("95");
    await expect(page.getByTestId("constraint")).toContainText("No design meets $0.0130 per task and 95% success; the nearest is");
    await expect(page.getByTestId("constraint")).toContainText("The rule's own call stands.");
    await expect(page).toHaveURL(/max_cost=0\.013/);
    await expect(page).toHaveURL(/min_success=0\.95/);
  });

  test("a model without a cached-input price bills cached input at the input price, and says so", async ({ page }) => {
    await page.goto("/?model=claude-sonnet-4");
    await expect(page.getByRole("spinbutton", { name: "Cached input price" })).toHaveValue("");
    await expect(page.getByText("No cached-input price: cached input is billed at the input price.")).toBeVisible();
    await expect(page.getByRole("spinbutton", { name: "Input price", exact: true })).toHaveValue("3");
  });

  test("a shared link restores every cost input and constraint, and the same figures", async ({ page, context }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.goto("/");
    for (const [name, value] of [
      ["Input tokens per turn", "5200"],
      ["Output tokens per turn", "900"],
      ["Single-agent turns", "11.5"],
      ["Seconds per turn", "9"],
      ["Input price", "1.1"],
      ["Output price", "4.4"],
      ["Cached input price", "0.11"],
      ["Max cost per task", "0.5"],
      ["Min success", "30"],
    ] as const) {
      await page.getByRole("spinbutton", { name, exact: true }).fill(value);
    }
    await page.getByRole("spinbutton", { name: "Cache hit rate" }).fill("70");
    const original = await figures(page);
    await page.getByRole("button", { name: "Copy link" }).click();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    for (const part of [
      "in_tok=5200",
      "out_tok=900",
      "cache=0.7",
      "turns=11.5",
      "sec=9",
      "p_in=1.1",
      "p_out=4.4",
      "p_cached=0.11",
      "max_cost=0.5",
      "min_success=0.3",
    ]) {
      expect(link).toContain(part);
    }
    const reader = await context.newPage();
    await reader.goto(link);
    expect(await figures(reader)).toEqual(original);
  });
});
