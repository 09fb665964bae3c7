import { expect, test as base } from "@playwright/test";

/**
 * The project's Playwright `test`: every page a spec opens is watched, and the test fails if the page
 * logs a console error or throws (the product's "no console errors" rule).
 */
export const test = base.extend<{ consoleErrors: string[] }>({
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on("console", (message) => {
        if (message.type() === "error") errors.push(message.text());
      });
      page.on("pageerror", (error) => errors.push(error.message));
      await use(errors);
      expect(errors, "console errors on the page").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
