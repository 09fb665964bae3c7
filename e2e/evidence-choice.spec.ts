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
    await page.goto("/?baseline=0.4&tools=3&decomp=0.75");
    const width = async () => {
      const text = await page.getByTestId("designs").innerText();
      const intervals = [...text.matchAll(/(\d+)% \((\d+)%-(\d+)%\)/g)].map((m) => Number(m[3]) - Number(m[2]));
      return intervals.slice(1).reduce((s, w) => s + w, 0);
    };
    const newTask = await width();
    await page.getByLabel("My task resembles").selectOption("browsecomp-plus");
    await expect(page).toHaveURL(/[?&]like=browsecomp-plus/);
    await expect.poll(width).toBeLessThan(newTask);
    await page.goto("/?like=no-such-benchmark");
    await expect(page.getByTestId("notices")).toContainText("My task resembles");
    await expect(page.getByLabel("My task resembles")).toHaveValue("none");
  });
});
