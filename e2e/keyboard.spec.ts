import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

/** Presses Tab until the element with `name` has focus (fails after `limit` presses). */
async function tabTo(page: Page, role: "slider" | "spinbutton" | "switch" | "combobox" | "button" | "textbox", name: string, limit = 40) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => {
      const el = document.activeElement;
      const label = el?.getAttribute("aria-labelledby");
      return {
        role: el?.getAttribute("role") ?? (el instanceof HTMLInputElement ? el.type : el?.tagName.toLowerCase()),
        name: label
          ? document.getElementById(label)?.textContent
          : el instanceof HTMLInputElement || el instanceof HTMLSelectElement
            ? el.labels?.[0]?.textContent
            : el?.textContent,
      };
    });
    const roleMatches =
      { slider: "range", spinbutton: "number", switch: "switch", combobox: "select", button: "button", textbox: "text" }[role] === focused.role;
    if (roleMatches && focused.name?.trim() === name) return;
  }
  throw new Error(`could not reach ${role} "${name}" with Tab`);
}

test("the whole calculator works with the keyboard alone", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to content" })).toBeFocused();

  await tabTo(page, "slider", "Tools");
  await page.keyboard.press("End");
  await expect(page.getByRole("slider", { name: "Tools" })).toHaveValue("64");
  await tabTo(page, "spinbutton", "Decomposability");
  await page.keyboard.press("Control+a");
  await page.keyboard.type("0.2");
  await tabTo(page, "textbox", "Tasks solved");
  await page.keyboard.type("9");
  await tabTo(page, "button", "Add pilot");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("list", { name: "Pilots entered" })).toContainText("9 of 20 solved");
  await tabTo(page, "combobox", "Your design");
  await page.keyboard.press("ArrowDown");
  await tabTo(page, "button", "Copy link");
  await page.keyboard.press("Enter");
  await expect(page.getByText("Link copied.")).toBeVisible();

  await expect(page).toHaveURL(/tools=64/);
  await expect(page).toHaveURL(/decomp=0\.2/);
  await expect(page).toHaveURL(/pilot=2\*gpt-5-mini_single\.1\.9\.20/);
  await expect(page.getByTestId("recommendation")).toContainText("tools 64 is outside the runs' 0-16");
});

test("on a phone, the sticky summary bar never covers the field that Shift+Tab moves focus to", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 700 });
  await page.goto("/");
  await page.getByRole("button", { name: "Copy link" }).focus();
  const bar = page.locator(".mobile-summary");
  for (let i = 0; i < 25; i++) {
    await page.keyboard.press("Shift+Tab");
    const { focused, barBottom, top } = await bar.evaluate((el) => {
      const active = document.activeElement;
      return { focused: active?.id || active?.tagName || "", barBottom: el.getBoundingClientRect().bottom, top: active?.getBoundingClientRect().top ?? 0 };
    });
    expect(top, `${focused} (step ${i + 1}) starts below the bar`).toBeGreaterThanOrEqual(barBottom);
  }
});
