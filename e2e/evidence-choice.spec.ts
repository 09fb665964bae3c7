import { expect, test } from "./fixtures";
import { figures } from "./calculator-helpers";

test.describe("an architect chooses the evidence and names a benchmark like the task", () => {
  test("choosing the evidence changes the prediction, lands in the URL and survives a reload", async ({ page }) => {
    await page.goto("/?baseline=0.4");
    const before = await figures(page);
    await page.getByLabel("Evidence").selectOption("kim");
    await expect(page).toHaveURL(/[?&]evidence=kim/);
    await expect.poll(async () => (await figures(page)).architectures).not.toBe(before.architectures);
    const chosen = await figures(page);
    await page.reload();
    await expect(page.getByLabel("Evidence")).toHaveValue("kim");
    expect(await figures(page)).toEqual(chosen);
  });

  test("naming a benchmark applies its effects and narrows the intervals; a bad benchmark in a link is reported and ignored", async ({ page }) => {
    // BrowseComp-Plus's own tools and decomposability: with "a new task" chosen, its effects do not apply.
    await page.goto("/?baseline=0.4&tools=3&decomp=0.75&like=none");
    await expect(page.getByTestId("benchmark-match")).toContainText("you chose to treat it as a new task");
    const width = async () => {
      const text = (await page.getByTestId("designs").textContent()) ?? "";
      const intervals = [...text.matchAll(/(\d+)% \((\d+)%-(\d+)%\)/g)].map((m) => Number(m[3]) - Number(m[2]));
      return intervals.slice(1).reduce((s, w) => s + w, 0);
    };
    const newTask = await width();
    await page.getByLabel("My task resembles").selectOption("browsecomp-plus");
    await expect(page).toHaveURL(/[?&]like=browsecomp-plus/);
    await expect.poll(width).toBeLessThan(newTask);
    await page.goto("/?like=no-such-benchmark");
    await expect(page.getByTestId("notices")).toContainText("My task resembles");
    await expect(page.getByLabel("My task resembles")).toHaveValue("auto");
  });

  test("a task that matches a stored benchmark on every input gets its effects without asking, and the card says so first", async ({ page }) => {
    await page.goto("/?baseline=0.4&tools=3&decomp=0.75");
    const card = page.getByTestId("recommendation");
    await expect(card.locator("p").first()).toHaveText(
      /^Your task matches BrowseComp-Plus on every input the calculator reads \(3 tools, decomposability 0\.75\)/,
    );
    const matched = await page.getByTestId("designs").textContent();
    await page.goto("/?baseline=0.4&tools=3&decomp=0.75&like=browsecomp-plus");
    await expect(page.getByTestId("benchmark-match")).toHaveCount(0);
    expect(await page.getByTestId("designs").textContent()).toBe(matched);
  });
});
