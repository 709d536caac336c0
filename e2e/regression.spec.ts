import type { Locator, Page } from '@playwright/test';
import { INLIERS } from '../app/losses/regression/outlierData.ts';
import { evaluateLoss, fitConstant, fitLine } from '../src/index.ts';
import { expect, lossValue, test } from './fixtures.ts';

const DEFAULTS = { input: [0.5, 2.0, -1.0, 3.0], target: [1.0, 0.0, -1.5, 3.5] };
const LOSSES = ['L1Loss', 'MSELoss', 'SmoothL1Loss', 'HuberLoss'] as const;
type Loss = (typeof LOSSES)[number];

function core(name: string, options: Record<string, unknown>, inputs = DEFAULTS): number {
  return evaluateLoss(name, inputs, options).output as number;
}

function optionsOf(name: Loss, beta = 1, delta = 1): Record<string, number> {
  return name === 'SmoothL1Loss' ? { beta } : name === 'HuberLoss' ? { delta } : {};
}

async function numberAttr(locator: Locator, attr: string): Promise<number> {
  return Number(await locator.getAttribute(attr));
}

async function outlierOf(page: Page): Promise<{ t: number; y: number }> {
  // Named in the page's language.
  const handle = page.getByRole('slider', { name: /^(Outlier|离群点):/ });
  return { t: await numberAttr(handle, 'data-x'), y: await numberAttr(handle, 'data-y') };
}

function demo(outlier: { t: number; y: number }) {
  return { t: [...INLIERS.map((p) => p.t), outlier.t], y: [...INLIERS.map((p) => p.y), outlier.y] };
}

test.describe('SmoothL1Loss and HuberLoss panels', () => {
  for (const [name, keyword] of [
    ['SmoothL1Loss', 'beta'],
    ['HuberLoss', 'delta'],
  ] as const) {
    test(`${name}: value equals the core, and the live formula shows the branch taken`, async ({
      page,
    }) => {
      await page.goto(`./#/${name}?lang=en`);
      await expect.poll(() => lossValue(page)).toBeCloseTo(core(name, {}), 12);
      // Element 0 has |0.5 − 1| = 0.5 < 1: the quadratic branch.
      await expect(page.getByTestId('formula-live')).toContainText('<');
      await page.getByRole('textbox', { name: 'input[1]' }).focus();
      // Element 1 has |2 − 0| = 2 ≥ 1: the linear branch.
      await expect(page.getByTestId('formula-live')).toContainText('≥');

      await page.getByRole('spinbutton', { name: keyword }).fill('2.5');
      await expect(page).toHaveURL(new RegExp(`${keyword}=2.5`));
      await expect.poll(() => lossValue(page)).toBeCloseTo(core(name, { [keyword]: 2.5 }), 12);
      await expect(page.getByTestId('formula-live')).toContainText('<');
      await expect(page.getByTestId('plot')).toContainText('quadratic zone |x − y| <');

      await page.getByRole('radio', { name: 'sum' }).check();
      await expect
        .poll(() => lossValue(page))
        .toBeCloseTo(core(name, { [keyword]: 2.5, reduction: 'sum' }), 12);
      await expect(page.getByTestId('pytorch-code')).toContainText(
        `nn.${name}(reduction='sum', ${keyword}=2.5)`,
      );
    });
  }

  test('HuberLoss refuses delta = 0 in plain words and keeps the page', async ({ page }) => {
    await page.goto('./#/HuberLoss?lang=en');
    await page.getByRole('spinbutton', { name: 'delta' }).fill('0');
    await expect(page.getByText('non-positive values for delta').first()).toBeVisible();
    await expect(page.getByRole('heading', { name: 'nn.HuberLoss' })).toBeVisible();
    // The comparison keeps the other losses and says why Huber is missing.
    await expect(page.getByTestId('fit-HuberLoss')).toContainText('non-positive values for delta');
    await expect(page.locator('path[data-series="cmp-HuberLoss"]')).toHaveCount(0);
    await expect(page.locator('path[data-series="cmp-L1Loss"]')).toHaveCount(1);
    await page.getByRole('spinbutton', { name: 'delta' }).fill('1');
    await expect.poll(() => lossValue(page)).toBeCloseTo(core('HuberLoss', {}), 12);
  });
});

test.describe('SmoothL1 against L1', () => {
  test('beta = 0 makes SmoothL1Loss’s value and curve those of L1Loss', async ({ page }) => {
    await page.goto('./#/SmoothL1Loss?lang=en');
    const l1 = core('L1Loss', {});
    await expect.poll(() => lossValue(page)).not.toBeCloseTo(l1, 6);
    const smooth = page.locator('path[data-series="cmp-SmoothL1Loss"]');
    const l1Path = page.locator('path[data-series="cmp-L1Loss"]');
    expect(await smooth.getAttribute('d')).not.toBe(await l1Path.getAttribute('d'));

    await page.getByRole('spinbutton', { name: 'beta' }).fill('0');
    await expect.poll(() => lossValue(page)).toBeCloseTo(l1, 12);
    expect(core('SmoothL1Loss', { beta: 0 })).toBeCloseTo(l1, 15);
    // Same plot, same scales: equal path strings mean equal curves.
    await expect
      .poll(async () => (await smooth.getAttribute('d')) === (await l1Path.getAttribute('d')))
      .toBe(true);
    await expect(page.getByTestId('comparison-loss')).toContainText('β = 0: no quadratic zone');
    await expect(page.getByTestId('plot')).toContainText('β = 0: no quadratic zone');
    // And the best constant of the demo is L1's median.
    await expect
      .poll(async () => numberAttr(page.getByTestId('fit-SmoothL1Loss'), 'data-value'))
      .toBeCloseTo(await numberAttr(page.getByTestId('fit-L1Loss'), 'data-value'), 12);
  });

  test('the overlay toggles switch each loss on and off, in both plots and the demo', async ({
    page,
  }) => {
    await page.goto('./#/L1Loss?lang=en');
    for (const name of LOSSES) {
      const box = page.getByRole('checkbox', { name, exact: true });
      const loss = page.locator(`path[data-series="cmp-${name}"]`);
      const grad = page.locator(`path[data-series="cmp-grad-${name}"]`);
      await expect(box).toBeChecked();
      await expect(loss).toHaveCount(1);
      await box.uncheck();
      await expect(loss).toHaveCount(0);
      await expect(grad).toHaveCount(0);
      await expect(page.getByTestId(`fit-${name}`)).toHaveCount(0);
      await expect(page.getByTestId(`pulls-${name}`)).toHaveCount(0);
      await box.check();
      await expect(loss).toHaveCount(1);
      await expect(grad).toHaveCount(1);
      await expect(page.getByTestId(`fit-${name}`)).toHaveCount(1);
    }
  });

  test('the identity Huber(δ) = δ·SmoothL1(β=δ) is checked with the core’s numbers', async ({
    page,
  }) => {
    await page.goto('./#/HuberLoss?delta=1.5&lang=en');
    const rows = page.getByTestId('relation-row');
    await expect(rows).toHaveCount(4);
    for (let i = 0; i < 4; i++) {
      const row = rows.nth(i);
      const r = await numberAttr(row, 'data-residual');
      const cells = row.locator('td[data-value]');
      const huber = core(
        'HuberLoss',
        { delta: 1.5, reduction: 'sum' },
        { input: [r], target: [0] },
      );
      const smooth = core(
        'SmoothL1Loss',
        { beta: 1.5, reduction: 'sum' },
        { input: [r], target: [0] },
      );
      expect(await numberAttr(cells.nth(0), 'data-value')).toBeCloseTo(huber, 12);
      expect(await numberAttr(cells.nth(1), 'data-value')).toBeCloseTo(smooth, 12);
      expect(await numberAttr(cells.nth(2), 'data-value')).toBeCloseTo(1.5 * smooth, 12);
      expect(await numberAttr(cells.nth(3), 'data-value')).toBeLessThan(1e-12);
    }
    // The user's highlighted element is the last row: input[0] − target[0] = −0.5.
    expect(await numberAttr(rows.nth(3), 'data-residual')).toBeCloseTo(-0.5, 12);

    // β (1 by default) differs from δ: the page offers to align them, and then says they agree.
    await page.getByRole('button', { name: 'Set β = δ' }).click();
    await expect(page.getByRole('spinbutton', { name: 'beta' })).toHaveValue('1.5');
    await expect(page.getByText('β = δ now')).toBeVisible();
    await expect
      .poll(async () => (await page.locator('path[data-series="cmp-SmoothL1Loss"]').count()) === 1)
      .toBe(true);
  });
});

test.describe('the outlier demonstration', () => {
  async function fitValues(page: Page): Promise<Record<Loss, number>> {
    const out = {} as Record<Loss, number>;
    for (const name of LOSSES)
      out[name] = await numberAttr(page.getByTestId(`fit-${name}`), 'data-value');
    return out;
  }

  async function expectFitsMatchCore(page: Page, model: 'constant' | 'line', beta = 1, delta = 1) {
    const data = demo(await outlierOf(page));
    for (const name of LOSSES) {
      const item = page.getByTestId(`fit-${name}`);
      if (model === 'constant') {
        const expected = fitConstant(name, data.y, optionsOf(name, beta, delta)).value;
        await expect.poll(() => numberAttr(item, 'data-value')).toBeCloseTo(expected, 9);
      } else {
        const expected = fitLine(name, data.t, data.y, optionsOf(name, beta, delta));
        await expect.poll(() => numberAttr(item, 'data-slope')).toBeCloseTo(expected.slope, 9);
        await expect
          .poll(() => numberAttr(item, 'data-intercept'))
          .toBeCloseTo(expected.intercept, 9);
      }
    }
  }

  test('dragging the outlier moves the MSE fit (the mean) more than the L1 fit (the median)', async ({
    page,
  }) => {
    await page.goto('./#/MSELoss?lang=en');
    const handle = page.getByRole('slider', { name: /^Outlier:/ });
    await handle.scrollIntoViewIfNeeded();
    await expectFitsMatchCore(page, 'constant');
    const before = await fitValues(page);
    const mean = demo(await outlierOf(page)).y.reduce((a, b) => a + b, 0) / 8;
    expect(before.MSELoss).toBeCloseTo(mean, 9);

    const box = await handle.boundingBox();
    if (!box) throw new Error('the outlier is not on screen');
    const [cx, cy] = [box.x + box.width / 2, box.y + box.height / 2];
    await page.mouse.move(cx, cy);
    await page.mouse.down();
    await page.mouse.move(cx, cy + 60, { steps: 5 });
    await page.mouse.move(cx, cy + 120, { steps: 5 });
    await page.mouse.up();

    const moved = await outlierOf(page);
    expect(moved.y).toBeLessThan(before.MSELoss + 4);
    await expectFitsMatchCore(page, 'constant');
    const after = await fitValues(page);
    const mse = Math.abs(after.MSELoss - before.MSELoss);
    const l1 = Math.abs(after.L1Loss - before.L1Loss);
    expect(mse).toBeGreaterThan(0.3);
    expect(mse).toBeGreaterThan(l1);
    // SmoothL1 and Huber (β = δ = 1) move too, but less than MSE.
    expect(Math.abs(after.HuberLoss - before.HuberLoss)).toBeLessThan(mse);
    await expect(handle).toHaveAttribute('aria-valuetext', new RegExp(`y = ${moved.y}`));
  });

  test.describe('with a finger', () => {
    test.use({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 } });

    test('a touch drag moves the outlier and the fits follow', async ({ page }) => {
      await page.goto('./#/L1Loss?lang=en');
      const handle = page.getByRole('slider', { name: /^Outlier:/ });
      await handle.scrollIntoViewIfNeeded();
      const before = await outlierOf(page);
      const box = await handle.boundingBox();
      if (!box) throw new Error('the outlier is not on screen');
      const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
      // Real touch input through the DevTools protocol: Playwright's touchscreen only taps.
      const cdp = await page.context().newCDPSession(page);
      const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', dy: number) =>
        cdp.send('Input.dispatchTouchEvent', {
          type,
          touchPoints: type === 'touchEnd' ? [] : [{ x, y: y + dy }],
        });
      await touch('touchStart', 0);
      for (const dy of [10, 30, 50, 70]) await touch('touchMove', dy);
      await touch('touchEnd', 70);
      await expect.poll(async () => (await outlierOf(page)).y).toBeLessThan(before.y - 1);
      expect((await outlierOf(page)).t).toBeCloseTo(before.t, 0);
      await expectFitsMatchCore(page, 'constant');
    });
  });

  test('the keyboard moves the outlier; line fits and their pulls equal the core', async ({
    page,
  }) => {
    await page.goto('./#/HuberLoss?lang=en');
    await page.getByRole('radio', { name: 'line a + b·t' }).check();
    const handle = page.getByRole('slider', { name: /^Outlier:/ });
    await handle.focus();
    const start = await outlierOf(page);
    await page.keyboard.press('Shift+ArrowUp');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    // Shift takes five steps of 0.1.
    await expect.poll(() => outlierOf(page)).toEqual({ t: start.t - 0.2, y: start.y + 0.5 });
    await expect(handle).toHaveAttribute(
      'aria-valuetext',
      `t = ${start.t - 0.2}, y = ${start.y + 0.5}`,
    );
    await expectFitsMatchCore(page, 'line');

    // Each bar is ∂ℓₙ/∂xₙ at the loss's own best line, with reduction='sum'.
    const data = demo(await outlierOf(page));
    const fit = fitLine('HuberLoss', data.t, data.y, { delta: 1 });
    const grads = evaluateLoss(
      'HuberLoss',
      { input: [...fit.predictions], target: data.y },
      { delta: 1, reduction: 'sum' },
    ).grads['input'] as number[];
    const bars = page.getByTestId('pulls-HuberLoss').locator('rect[data-pull]');
    await expect(bars).toHaveCount(8);
    for (let i = 0; i < 8; i++)
      expect(await numberAttr(bars.nth(i), 'data-pull')).toBeCloseTo(grads[i] ?? NaN, 9);
    // Huber's pull is capped at δ = 1, MSE's is not.
    expect(Math.abs(grads[7] ?? 0)).toBeLessThanOrEqual(1 + 1e-12);
    const msePulls = page.getByTestId('pulls-MSELoss').locator('rect[data-pull]');
    expect(Math.abs(await numberAttr(msePulls.nth(7), 'data-pull'))).toBeGreaterThan(2);
  });

  test('β and δ of the comparison move the SmoothL1 and Huber fits between median and mean', async ({
    page,
  }) => {
    await page.goto('./#/L1Loss?lang=zh');
    await expect(page.getByRole('slider', { name: '离群点' })).toBeVisible();
    await page.getByRole('spinbutton', { name: 'delta' }).fill('0.2');
    await page.getByRole('spinbutton', { name: 'beta' }).fill('3');
    await expectFitsMatchCore(page, 'constant', 3, 0.2);
    const fits = await fitValues(page);
    expect(fits.HuberLoss).toBeGreaterThanOrEqual(fits.L1Loss - 1e-12);
    expect(fits.SmoothL1Loss).toBeGreaterThan(fits.HuberLoss);
    expect(fits.MSELoss).toBeGreaterThan(fits.SmoothL1Loss);
  });
});
