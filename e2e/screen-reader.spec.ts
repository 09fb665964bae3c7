import { expect, test } from "./fixtures";

test.describe("a screen-reader user hears what changed and what each field means", () => {
  test("a polite live region announces the changed recommendation (design, success, cost) once the change settles, and nothing on load", async ({ page }) => {
    await page.goto("/");
    const announcer = page.getByTestId("recommendation-announcer");
    await expect(announcer).toHaveAttribute("role", "status");
    await expect(announcer).toHaveAttribute("aria-live", "polite");
    await expect(announcer).toHaveText("");
    const before = await page.getByTestId("recommended-success").innerText();

    await page.getByRole("slider", { name: "Tools" }).focus();
    await page.keyboard.press("End");
    await expect(page.getByTestId("recommended-success")).not.toHaveText(before);

    const headline = await page.getByTestId("recommended-design").innerText();
    const lead =
      headline === "Not shown better: build the single agent" ? "no multi-agent design shown better; build the single agent" : headline.replace("Build: ", "");
    const success = /Predicted success (\d+%) \(90% interval (\d+%-\d+%)\)/.exec(await page.getByTestId("recommended-success").innerText());
    const cost = /^Cost (\$[\d.]+) per task/.exec(await page.getByTestId("recommended-cost").innerText());
    const sure = /^How sure: (\d+%)/.exec(await page.getByTestId("how-sure").innerText());
    expect(success).not.toBeNull();
    expect(cost).not.toBeNull();
    expect(sure).not.toBeNull();
    await expect(announcer).toHaveText(
      `Recommendation: ${lead}: ${success?.[1]} success (90% interval ${success?.[2]}), ${cost?.[1]} per task; how sure: ${sure?.[1]}.`,
    );
  });

  test("a slider is described by its hint, and a number field by its unit and hint", async ({ page }) => {
    await page.goto("/");
    const tools = page.getByRole("slider", { name: "Tools" });
    // textContent: innerText is empty while the form's fieldset is out of view and skipped (content-visibility).
    const hint = ((await page.locator("#tools-hint").textContent()) ?? "").replace(/\s+/g, " ").trim();
    expect(hint.length).toBeGreaterThan(10);
    await expect(tools).toHaveAccessibleDescription(hint);
    await expect(page.getByRole("spinbutton", { name: "Input price", exact: true })).toHaveAccessibleDescription("USD per 1M tokens");
    await expect(page.getByRole("spinbutton", { name: "Confidence target" })).toHaveAccessibleDescription(/^% How sure a call must be/);
  });
});
