import type { Page } from '@playwright/test';
import { cosineEmbeddingAngles, evaluateLoss } from '../src/index.ts';
import { expect, lossValue, test } from './fixtures.ts';

const TOL = 1e-9;

/** The numbers in a loss's 1-D example tensor, read from its editable cells. */
async function cells(page: Page, arg: string, n: number): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < n; i++)
    out.push(Number(await page.getByRole('textbox', { name: `${arg}[${i}]` }).inputValue()));
  return out;
}

/** Drags a focusable point by (dx, dy) screen pixels in small steps, like a hand would. */
async function drag(page: Page, name: RegExp, dx: number, dy: number) {
  const point = page.getByRole('slider', { name });
  await point.scrollIntoViewIfNeeded();
  const box = await point.boundingBox();
  if (!box) throw new Error(`no point ${name}`);
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + dx, y + dy, { steps: 8 });
  await page.mouse.up();
}

test.describe('MarginRankingLoss', () => {
  const url = './#/MarginRankingLoss?lang=en';

  test("the ranking plane's shaded region moves with margin, as the core computes it", async ({
    page,
  }) => {
    await page.goto(url);
    const field = page.getByTestId('ranking-field-1');
    const zeroLine = page.getByTestId('zero-line-1');
    // The same 60 × 60 grid of cell centres over [−2, 2]², evaluated by the core.
    const shadedByCore = (margin: number) => {
      const n = 60;
      const c = (i: number) => -2 + (i + 0.5) * (4 / n);
      const input1: number[] = [];
      const input2: number[] = [];
      for (let r = 0; r < n; r++)
        for (let k = 0; k < n; k++) {
          input1.push(c(k));
          input2.push(c(r));
        }
      const { output } = evaluateLoss(
        'MarginRankingLoss',
        { input1, input2, target: input1.map(() => 1) },
        { margin, reduction: 'none' },
      );
      return (output as number[]).filter((v) => v > 0).length;
    };
    await expect(field).toHaveAttribute('data-shaded-cells', String(shadedByCore(0)));
    const lineBefore = await zeroLine.getAttribute('y1');

    await page.getByRole('spinbutton', { name: 'margin' }).fill('1');
    await expect(field).toHaveAttribute('data-shaded-cells', String(shadedByCore(1)));
    expect(shadedByCore(1)).toBeGreaterThan(shadedByCore(0));
    await expect(zeroLine).not.toHaveAttribute('y1', lineBefore ?? '');
    await expect(page).toHaveURL(/margin=1/);
  });

  test('dragging a pair changes the inputs and the loss to the core value', async ({ page }) => {
    await page.goto(url);
    const before = await lossValue(page);
    await drag(page, /^pair 1 \(y = 1\)/, 70, -50);
    const input1 = await cells(page, 'input1', 3);
    const input2 = await cells(page, 'input2', 3);
    expect(input1[1]).not.toBeCloseTo(0.2, 3);
    expect(input2[1]).not.toBeCloseTo(0.6, 3);
    const expected = evaluateLoss('MarginRankingLoss', { input1, input2, target: [1, 1, -1] })
      .output as number;
    await expect.poll(() => lossValue(page)).toBeCloseTo(expected, 9);
    expect(Math.abs(expected - before)).toBeGreaterThan(TOL);
    await expect(page.getByRole('slider', { name: /^pair 1 / })).toHaveAttribute(
      'aria-label',
      new RegExp(`x₁ = ${input1[1]}`),
    );
  });

  test('arrow keys move a focused pair and are announced with its coordinates', async ({
    page,
  }) => {
    await page.goto(url);
    const point = page.getByRole('slider', { name: /^pair 0 / });
    await point.focus();
    await expect(point).toBeFocused();
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Shift+ArrowUp');
    await expect(page.getByRole('textbox', { name: 'input1[0]' })).toHaveValue('0.5');
    await expect(page.getByRole('textbox', { name: 'input2[0]' })).toHaveValue('0.9');
    await expect(point).toHaveAttribute('aria-valuetext', /x₁ = 0\.5, x₂ = 0\.9, ℓ = 0\.4/);
    const expected = evaluateLoss('MarginRankingLoss', {
      input1: [0.5, 0.2, 0.5],
      input2: [0.9, 0.6, 0.3],
      target: [1, 1, -1],
    }).output as number;
    await expect.poll(() => lossValue(page)).toBeCloseTo(expected, 12);
    await expect(page.getByTestId('formula-live')).toContainText('0.5');
  });

  test('the broadcasting demo refuses, broadcasts to N × N, and matches the core', async ({
    page,
  }) => {
    await page.goto(url);
    const outcome = page.getByTestId('broadcast-outcome');
    await expect(outcome).toContainText('All input tensors should have same dimension');

    await page.getByRole('radio', { name: /target \(1, 3\)/ }).check();
    const matrix = evaluateLoss(
      'MarginRankingLoss',
      { input1: [[0.8], [0.2], [0.5]], input2: [[0.4], [0.6], [0.3]], target: [[1, 1, -1]] },
      { reduction: 'none' },
    ).output as number[][];
    for (let i = 0; i < 3; i++)
      for (let j = 0; j < 3; j++) {
        const v = Number(
          await page.getByTestId(`matrix-cell-${i}-${j}`).getAttribute('data-value'),
        );
        expect(v).toBeCloseTo(matrix[i]?.[j] ?? NaN, 12);
      }

    await page.getByRole('radio', { name: /all flat/ }).check();
    await expect(page.getByTestId('loss-matrix')).toHaveCount(0);
    await expect(outcome).toContainText('[0, 0.4, 0.2]');
  });
});

const CURVE_LOSSES = {
  HingeEmbeddingLoss: {
    input: [0.3, 1.5, 0.4, 2.0],
    target: [1, 1, -1, -1],
    options: { margin: 1 },
  },
  SoftMarginLoss: { input: [2.0, -0.5, 0.3, -1.5], target: [1, 1, -1, -1], options: {} },
} as const;

for (const [name, example] of Object.entries(CURVE_LOSSES)) {
  test.describe(name, () => {
    const url = `./#/${name}?lang=en`;
    const coreValue = (input: number[]) =>
      evaluateLoss(name, { input, target: [...example.target] }, example.options).output as number;

    test('dragging an element along its curve changes the loss to the core value', async ({
      page,
    }) => {
      await page.goto(url);
      const before = await lossValue(page);
      await drag(page, /^element 1 \(y = 1\)/, -80, 0);
      const input = await cells(page, 'input', 4);
      expect(input[1]).not.toBeCloseTo(example.input[1], 3);
      expect(input[0]).toBe(example.input[0]);
      await expect.poll(() => lossValue(page)).toBeCloseTo(coreValue(input), 9);
      expect(Math.abs(coreValue(input) - before)).toBeGreaterThan(TOL);
      await expect(page.getByTestId('formula-live')).toContainText(String(input[1]));
    });

    test('arrow keys move a focused element and announce x and its loss', async ({ page }) => {
      await page.goto(url);
      const point = page.getByRole('slider', { name: /^element 2 / });
      await point.focus();
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowUp');
      await page.keyboard.press('Shift+ArrowLeft');
      const x = Number((example.input[2] + 0.2 - 0.5).toFixed(10));
      await expect(page.getByRole('textbox', { name: 'input[2]' })).toHaveValue(String(x));
      const input: number[] = [...example.input];
      input[2] = x;
      await expect.poll(() => lossValue(page)).toBeCloseTo(coreValue(input), 12);
      const perElement = evaluateLoss(
        name,
        { input, target: [...example.target] },
        { ...example.options, reduction: 'none' },
      ).output as number[];
      const shown = (await point.getAttribute('aria-valuetext')) ?? '';
      const [, loss = 'NaN'] = /ℓ = (\S+)/.exec(shown) ?? [];
      expect(Number(loss.replace('−', '-'))).toBeCloseTo(perElement[2] ?? NaN, 4);
      expect(shown).toContain(`x = ${String(x).replace('-', '−')}`);
    });

    test('a label that is not ±1 gets its own curve', async ({ page }) => {
      await page.goto(url);
      await expect(page.locator('path[data-series="label-0"]')).toHaveCount(0);
      await page.getByRole('textbox', { name: 'target[1]' }).fill('0');
      await expect(page.locator('path[data-series="label-0"]')).toHaveCount(1);
      await expect(page.getByText('y = 0 (not a valid label)').first()).toBeVisible();
    });
  });
}

test.describe('CosineEmbeddingLoss', () => {
  const url = './#/CosineEmbeddingLoss?lang=en';
  const target = [1, -1];
  const matrix = async (page: Page, arg: string) => {
    const rows: number[][] = [];
    for (let i = 0; i < 2; i++) {
      const row: number[] = [];
      for (let j = 0; j < 2; j++)
        row.push(
          Number(await page.getByRole('textbox', { name: `${arg}[${i}, ${j}]` }).inputValue()),
        );
      rows.push(row);
    }
    return rows;
  };

  test('dragging the tip of x₂ turns the vector and the loss follows the core', async ({
    page,
  }) => {
    await page.goto(url);
    const before = await lossValue(page);
    await drag(page, /^x₂ of pair 0/, -60, -30);
    const input1 = await matrix(page, 'input1');
    const input2 = await matrix(page, 'input2');
    expect(input2[0]?.[0]).not.toBeCloseTo(0.8, 3);
    expect(input2[1]).toEqual([0.9, 0.6]);
    const expected = evaluateLoss('CosineEmbeddingLoss', { input1, input2, target })
      .output as number;
    await expect.poll(() => lossValue(page)).toBeCloseTo(expected, 9);
    expect(Math.abs(expected - before)).toBeGreaterThan(TOL);
    const [angle] = cosineEmbeddingAngles(input1, input2);
    await expect(page.getByTestId('cosine-readout')).toContainText(
      `cos θ = ${String(Number((angle?.cosine ?? NaN).toFixed(4))).replace('-', '−')}`,
    );
  });

  test('arrow keys move the tip of x₁ of the chosen pair, announced with its coordinates', async ({
    page,
  }) => {
    await page.goto(url);
    await page.getByRole('radio', { name: 'pair 1 (y = −1)' }).check();
    await expect(page.getByTestId('margin-rays')).toBeVisible();
    const tip = page.getByRole('slider', { name: /^x₁ of pair 1/ });
    await tip.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Shift+ArrowDown');
    await expect(page.getByRole('textbox', { name: 'input1[1, 0]' })).toHaveValue('0.4');
    await expect(page.getByRole('textbox', { name: 'input1[1, 1]' })).toHaveValue('0.5');
    await expect(tip).toHaveAttribute('aria-valuetext', /^\(0\.4, 0\.5\), cos θ = /);
    const input1 = [
      [1.0, 0.5],
      [0.4, 0.5],
    ];
    const input2 = [
      [0.8, 0.9],
      [0.9, 0.6],
    ];
    const expected = evaluateLoss('CosineEmbeddingLoss', { input1, input2, target })
      .output as number;
    await expect.poll(() => lossValue(page)).toBeCloseTo(expected, 12);
    await expect(page.getByTestId('formula-live')).toContainText('max');
  });

  test("margin moves the rays and the dissimilar pair's loss", async ({ page }) => {
    await page.goto(url);
    await page.getByRole('radio', { name: 'pair 1 (y = −1)' }).check();
    const rays = page.getByTestId('margin-rays').locator('line').first();
    const before = await rays.getAttribute('x2');
    await page.getByRole('spinbutton', { name: 'margin' }).fill('0.5');
    await expect(rays).not.toHaveAttribute('x2', before ?? '');
    const expected = evaluateLoss(
      'CosineEmbeddingLoss',
      {
        input1: [
          [1.0, 0.5],
          [0.3, 1.0],
        ],
        input2: [
          [0.8, 0.9],
          [0.9, 0.6],
        ],
        target,
      },
      { margin: 0.5 },
    ).output as number;
    await expect.poll(() => lossValue(page)).toBeCloseTo(expected, 12);
  });
});
