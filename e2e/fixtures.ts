import { expect, test as base, type ConsoleMessage } from "@playwright/test";

/**
 * The project's Playwright `test`: every page a spec opens is watched, and the test fails if the page
 * logs a console error or throws (the product's "no console errors" rule). `page.goto` returns once the
 * calculator has hydrated (where there is one): an input changed before React attaches is lost, a race
 * that made tests flaky.
 */
export const test = base.extend<{ consoleErrors: string[] }>({
  page: async ({ page, context }, provide) => {
    const goto = page.goto;
    page.goto = async (url, options) => {
      const response = await goto.call(page, url, options);
      await page.locator('.calculator[data-hydrated="true"], body:not(:has(.calculator))').first().waitFor();
      return response;
    };
    await provide(page);
    page.goto = goto;
    // The context is reused by the next test (playwright.config.ts, reuseContext): Playwright resets
    // cookies, local storage, cache, init scripts and pages, but not a tab's session storage (the
    // calculator keeps its last link there) nor granted permissions.
    if (!page.isClosed()) await page.evaluate(() => sessionStorage.clear()).catch(() => undefined);
    await context.clearPermissions();
  },
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      const onConsole = (message: ConsoleMessage) => {
        if (message.type() === "error") errors.push(message.text());
      };
      const onError = (error: Error) => errors.push(error.message);
      page.on("console", onConsole);
      page.on("pageerror", onError);
      await use(errors);
      page.off("console", onConsole);
      page.off("pageerror", onError);
      expect(errors, "console errors on the page").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
