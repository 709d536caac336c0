import { expect, lossValue, test } from './fixtures.ts';

for (const name of ['L1Loss', 'MSELoss'] as const) {
  test.describe(name, () => {
    test('switching reduction changes the formula, the plot, the value and the link', async ({
      page,
    }) => {
      await page.goto(`./#/${name}?lang=en`);
      const value = page.getByTestId('loss-value');
      await expect(value).not.toHaveText('—');
      const before = await lossValue(page);
      const formula = await page.getByTestId('formula-reduction').textContent();
      const gradPath = await page.locator('path[data-series="grad"]').getAttribute('d');

      await page.getByRole('radio', { name: 'sum' }).check();
      await expect(page).toHaveURL(/reduction=sum/);
      await expect.poll(() => lossValue(page)).toBeCloseTo(before * 4, 10);
      await expect(page.getByTestId('formula-reduction')).not.toHaveText(formula ?? '');
      // Compared in JS so a failure does not print two long path strings.
      await expect
        .poll(
          async () =>
            (await page.locator('path[data-series="grad"]').getAttribute('d')) !== gradPath,
        )
        .toBe(true);

      await page.getByRole('radio', { name: 'none' }).check();
      await expect(value).toContainText('[');
      await expect(page).toHaveURL(/reduction=none/);
    });

    test('editing a tensor cell updates value, formula and link', async ({ page }) => {
      await page.goto(`./#/${name}?lang=en`);
      const before = await lossValue(page);
      const live = await page.getByTestId('formula-live').textContent();
      await page.getByRole('textbox', { name: 'input[0]' }).fill('4');
      await expect.poll(() => lossValue(page)).not.toBe(before);
      await expect(page.getByTestId('formula-live')).not.toHaveText(live ?? '');
      await expect(page).toHaveURL(/input=4,2,-1,3/);
    });

    test('an invalid cell shows a message and keeps the last good value', async ({ page }) => {
      await page.goto(`./#/${name}?lang=en`);
      const before = await lossValue(page);
      const cell = page.getByRole('textbox', { name: 'input[1]' });
      await cell.fill('abc');
      await expect(page.getByRole('alert')).toContainText('"abc" is not a number');
      await expect(cell).toHaveAttribute('aria-invalid', 'true');
      expect(await lossValue(page)).toBe(before);
      await cell.fill('2');
      await expect(page.getByRole('alert')).toHaveCount(0);
    });

    test('a shared link reproduces the state', async ({ page }) => {
      await page.goto(`./#/${name}?reduction=sum&input=1,2,3&target=0,0,0&lang=en`);
      await expect(page.getByRole('radio', { name: 'sum' })).toBeChecked();
      await expect(page.getByRole('textbox', { name: 'input[2]' })).toHaveValue('3');
      const expected = name === 'L1Loss' ? 6 : 14;
      await expect.poll(() => lossValue(page)).toBeCloseTo(expected, 12);
      await expect(page.getByTestId('pytorch-code')).toContainText(`nn.${name}(reduction='sum')`);
      await expect(page.getByTestId('pytorch-code')).toContainText(`tensor(${expected}.)`);
    });
  });
}
