import { test as base, expect, type Page } from '@playwright/test';

/**
 * Every spec fails on a console error or an uncaught exception: a careful user would notice a
 * broken page even when the assertion under test passes.
 */
export const test = base.extend<{ consoleErrors: string[] }>({
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('dialog', (d) => {
        errors.push(`unexpected dialog: ${d.message()}`);
        void d.dismiss();
      });
      await use(errors);
      expect(errors, 'console errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** The reduced loss value the panel shows, as a number. */
export async function lossValue(page: Page): Promise<number> {
  const raw = await page.getByTestId('loss-value').getAttribute('data-value');
  return Number(raw);
}
