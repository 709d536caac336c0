import { expect, test } from './fixtures.ts';

test('every catalog entry opens without console errors', async ({ page }) => {
  await page.goto('./');
  const catalog = page.getByRole('navigation', { name: 'Loss functions' });
  const links = catalog.getByRole('link');
  const count = await links.count();
  expect(count).toBe(21);
  for (let i = 0; i < count; i++) {
    const link = links.nth(i);
    const name = (await link.locator('.catalog-name').textContent()) ?? '';
    await link.click();
    await expect(page).toHaveURL(new RegExp(`#/${name}\\?`));
    await expect(page.getByRole('article', { name })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: `nn.${name}` })).toBeVisible();
    await expect(page.getByRole('math').first()).toBeVisible();
  }
});

test('the language switch changes the visible text to Chinese and back', async ({ page }) => {
  await page.goto('./#/L1Loss?lang=en');
  await expect(page.getByRole('navigation', { name: 'Loss functions' })).toBeVisible();
  await page.getByRole('button', { name: '中文' }).click();
  await expect(page.getByRole('navigation', { name: '损失函数' })).toBeVisible();
  await expect(page.getByRole('heading', { name: '常见误区' })).toBeVisible();
  await expect(page).toHaveURL(/lang=zh/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { name: 'Pitfalls' })).toBeVisible();
  await expect(page).toHaveURL(/lang=en/);
});

test('the language choice is remembered across visits', async ({ page }) => {
  await page.goto('./#/L1Loss');
  await page.getByRole('button', { name: '中文' }).click();
  await page.goto('./#/MSELoss');
  await expect(page.getByRole('heading', { name: '常见误区' })).toBeVisible();
});

test('the theme switch sets light, dark and system', async ({ page }) => {
  await page.goto('./#/L1Loss?lang=en');
  for (const [name, value] of [
    ['Dark', 'dark'],
    ['Light', 'light'],
    ['System', 'system'],
  ] as const) {
    await page.getByRole('button', { name, exact: true }).click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', value);
  }
});

test('an unknown loss or bad value falls back with a dismissible notice', async ({ page }) => {
  await page.goto('./#/FancyLoss?reduction=average&lang=en');
  await expect(page.getByRole('article', { name: 'L1Loss' })).toBeVisible();
  const notices = page.getByRole('status', { name: 'Notices' });
  await expect(notices).toContainText('There is no loss called "FancyLoss"');
  await expect(notices).toContainText('reduction=average');
  await expect(page.getByRole('radio', { name: 'mean' })).toBeChecked();
  while ((await page.getByRole('button', { name: 'Dismiss' }).count()) > 0) {
    await page.getByRole('button', { name: 'Dismiss' }).first().click();
  }
  await expect(notices).toHaveCount(0);
});
