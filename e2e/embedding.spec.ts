import type { Page } from '@playwright/test';
import {
  evaluateLoss,
  multiLabelMarginPairs,
  multiMarginTerms,
  tripletBreakdown,
} from '../src/index.ts';
import { expect, lossValue, test } from './fixtures.ts';

const TOL = 1e-9;

/** An (N, C) or (N, D) example tensor read back from its editable cells. */
async function matrix(page: Page, arg: string, rows: number, cols: number): Promise<number[][]> {
  const out: number[][] = [];
  for (let i = 0; i < rows; i++) {
    const row: number[] = [];
    for (let j = 0; j < cols; j++)
      row.push(
        Number(await page.getByRole('textbox', { name: `${arg}[${i}, ${j}]` }).inputValue()),
      );
    out.push(row);
  }
  return out;
}

/** Drags a focusable point so that its centre lands on (x, y) in page pixels, in small steps. */
async function dragTo(page: Page, name: RegExp, x: number, y: number) {
  const point = page.getByRole('slider', { name });
  await point.scrollIntoViewIfNeeded();
  const box = await point.boundingBox();
  if (!box) throw new Error(`no point ${name}`);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(x, y, { steps: 10 });
  await page.mouse.up();
}

/** The centre of a point on screen. */
async function centre(page: Page, name: RegExp): Promise<{ x: number; y: number }> {
  const box = await page.getByRole('slider', { name }).boundingBox();
  if (!box) throw new Error(`no point ${name}`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

const TRIPLETS = ['anchor', 'positive', 'negative'] as const;

async function triplets(page: Page) {
  const entries = await Promise.all(TRIPLETS.map(async (k) => [k, await matrix(page, k, 2, 2)]));
  return Object.fromEntries(entries) as Record<(typeof TRIPLETS)[number], number[][]>;
}

test.describe('TripletMarginLoss', () => {
  const url = './#/TripletMarginLoss?lang=en';

  test("dragging a triplet's negative inside the margin raises the loss, outside makes it 0", async ({
    page,
  }) => {
    await page.goto(url);
    await page.getByRole('radio', { name: 'triplet 1' }).check();
    const readout = page.getByTestId('triplet-readout');
    await expect(readout).toHaveAttribute('data-loss', '0');
    const before = await lossValue(page);

    // Inside the ring: most of the way from the negative towards the anchor.
    const a = await centre(page, /^anchor of triplet 1/);
    const n = await centre(page, /^negative of triplet 1/);
    await dragTo(page, /^negative of triplet 1/, a.x + 0.3 * (n.x - a.x), a.y + 0.3 * (n.y - a.y));
    let tensors = await triplets(page);
    expect(tensors.negative[1]).not.toEqual([3.5, 1]);
    let perTriplet = evaluateLoss('TripletMarginLoss', tensors, { reduction: 'none' })
      .output as number[];
    expect(perTriplet[1]).toBeGreaterThan(0.1);
    await expect
      .poll(async () => Number(await readout.getAttribute('data-loss')))
      .toBeCloseTo(perTriplet[1] ?? NaN, 9);
    const inside = evaluateLoss('TripletMarginLoss', tensors).output as number;
    await expect.poll(() => lossValue(page)).toBeCloseTo(inside, 9);
    expect(inside).toBeGreaterThan(before + 0.05);

    // Outside the ring: far to the right of the anchor.
    const plane = await page.getByTestId('triplet-plane').locator('svg').boundingBox();
    if (!plane) throw new Error('no plane');
    await dragTo(page, /^negative of triplet 1/, plane.x + plane.width * 0.9, a.y);
    tensors = await triplets(page);
    perTriplet = evaluateLoss('TripletMarginLoss', tensors, { reduction: 'none' })
      .output as number[];
    expect(perTriplet[1]).toBe(0);
    await expect(readout).toHaveAttribute('data-loss', '0');
    const outside = evaluateLoss('TripletMarginLoss', tensors).output as number;
    await expect.poll(() => lossValue(page)).toBeCloseTo(outside, 9);
    expect(Math.abs(outside - before)).toBeLessThan(TOL);
  });

  test('swap changes which distance is highlighted and the value', async ({ page }) => {
    await page.goto(url);
    const tensors = await triplets(page);
    const readout = page.getByTestId('triplet-readout');
    await expect(readout).toHaveAttribute('data-used', 'an');
    await expect(page.getByTestId('distance-pn')).toHaveCount(0);
    const plain = evaluateLoss('TripletMarginLoss', tensors).output as number;
    await expect.poll(() => lossValue(page)).toBeCloseTo(plain, 12);

    await page.getByRole('switch', { name: 'swap' }).click();
    // Triplet 0's negative is nearer the positive than the anchor: d(p, n) takes over.
    const b = tripletBreakdown('TripletMarginLoss', tensors, { swap: true });
    expect(b?.rows[0]?.used).toBe('pn');
    await expect(readout).toHaveAttribute('data-used', 'pn');
    await expect(page.getByTestId('distance-pn')).toHaveAttribute('data-used', 'true');
    await expect(page.getByTestId('distance-an')).toHaveAttribute('data-used', 'false');
    await expect(page.getByTestId('swap-ring')).toHaveCount(1);
    await expect(readout).toContainText('d(p, n) is used');
    const swapped = evaluateLoss('TripletMarginLoss', tensors, { swap: true }).output as number;
    await expect.poll(() => lossValue(page)).toBeCloseTo(swapped, 12);
    expect(swapped).toBeGreaterThan(plain + 0.1);
    await expect(page.getByTestId('formula-live')).toContainText('min');
  });

  test('arrow keys move the focused negative, announced with its coordinates', async ({ page }) => {
    await page.goto(url);
    const point = page.getByRole('slider', { name: /^negative of triplet 0/ });
    await point.focus();
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Shift+ArrowUp');
    await expect(page.getByRole('textbox', { name: 'negative[0, 0]' })).toHaveValue('0.7');
    await expect(page.getByRole('textbox', { name: 'negative[0, 1]' })).toHaveValue('1');
    await expect(point).toHaveAttribute('aria-valuetext', /^\(0\.7, 1\), d\(a, n\) = /);
    const expected = evaluateLoss('TripletMarginLoss', await triplets(page)).output as number;
    await expect.poll(() => lossValue(page)).toBeCloseTo(expected, 12);
  });

  test('the ring follows p: its radius is the core’s d(a, p) + margin', async ({ page }) => {
    await page.goto(url);
    const ring = page.getByTestId('margin-ring');
    const tensors = await triplets(page);
    const radius = (p: number) => {
      const row = tripletBreakdown('TripletMarginLoss', tensors, { p })?.rows[0];
      return (row?.dPos ?? NaN) + 1;
    };
    await expect
      .poll(async () => Number(await ring.getAttribute('data-radius')))
      .toBeCloseTo(radius(2), 12);
    const circle = await ring.getAttribute('d');
    await page.getByRole('spinbutton', { name: 'p', exact: true }).fill('1');
    await expect
      .poll(async () => Number(await ring.getAttribute('data-radius')))
      .toBeCloseTo(radius(1), 12);
    await expect(ring).not.toHaveAttribute('d', circle ?? '');
    const expected = evaluateLoss('TripletMarginLoss', tensors, { p: 1 }).output as number;
    await expect.poll(() => lossValue(page)).toBeCloseTo(expected, 12);
  });

  test('the step button moves every point one gradient-descent step and lowers the loss', async ({
    page,
  }) => {
    await page.goto(url);
    const before = await triplets(page);
    const start = evaluateLoss('TripletMarginLoss', before);
    await page.getByRole('button', { name: 'step', exact: true }).click();
    const after = await triplets(page);
    const anchorGrad = (start.grads['anchor'] as number[][])[0] ?? [];
    expect(after.anchor[0]?.[0]).toBeCloseTo(
      (before.anchor[0]?.[0] ?? 0) - 0.5 * (anchorGrad[0] ?? 0),
      4,
    );
    // Triplet 1 is satisfied: no gradient, no move.
    expect(after.negative[1]).toEqual(before.negative[1]);
    const expected = evaluateLoss('TripletMarginLoss', after).output as number;
    await expect.poll(() => lossValue(page)).toBeCloseTo(expected, 12);
    expect(expected).toBeLessThan(start.output as number);
    await expect(page.getByTestId('step-result')).toContainText('L went from 0.2325');
    await page.getByRole('button', { name: 'Back to the example points' }).click();
    await expect.poll(() => lossValue(page)).toBeCloseTo(start.output as number, 12);
  });
});

test.describe('TripletMarginWithDistanceLoss', () => {
  test('the cosine distance turns balls into rays and the code into a callable', async ({
    page,
  }) => {
    await page.goto('./#/TripletMarginWithDistanceLoss?lang=en');
    const tensors = await triplets(page);
    await expect(page.getByTestId('margin-ring')).toHaveAttribute('d', /.+/);
    await page.getByRole('radio', { name: 'cosine' }).check();
    const expected = evaluateLoss('TripletMarginWithDistanceLoss', tensors, {
      distance_function: 'cosine',
    }).output as number;
    await expect.poll(() => lossValue(page)).toBeCloseTo(expected, 12);
    await expect(page.getByTestId('margin-ring').locator('line')).toHaveCount(2);
    await expect(page.getByTestId('formula-distances')).toContainText('cos');
    const code = page.getByTestId('pytorch-code');
    await expect(code).toContainText(
      'distance_function=lambda x, y: 1.0 - F.cosine_similarity(x, y)',
    );
    await expect(code).toContainText('import torch.nn.functional as F');
  });
});

test.describe('MultiMarginLoss', () => {
  const url = './#/MultiMarginLoss?lang=en';
  const input = [
    [0.1, 0.2, 0.4, 0.8],
    [1.2, 0.3, -0.5, 0.9],
  ];

  test('p, the target and a dragged score all give the core’s value', async ({ page }) => {
    await page.goto(url);
    await expect(page.getByTestId('formula-live')).toContainText('0.325');
    await page.getByRole('radiogroup', { name: 'p' }).getByRole('radio', { name: '2' }).check();
    let expected = evaluateLoss('MultiMarginLoss', { input, target: [3, 0] }, { p: 2 })
      .output as number;
    await expect.poll(() => lossValue(page)).toBeCloseTo(expected, 12);

    await page
      .getByRole('radiogroup', { name: 'target[0]' })
      .getByRole('radio', { name: '1' })
      .check();
    await expect(page.getByRole('textbox', { name: 'target[0]' })).toHaveValue('1');
    expected = evaluateLoss('MultiMarginLoss', { input, target: [1, 0] }, { p: 2 })
      .output as number;
    await expect.poll(() => lossValue(page)).toBeCloseTo(expected, 12);

    const bar = page.getByRole('slider', { name: /^input\[0, 1\]/ });
    await bar.focus();
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowUp');
    await expect(bar).toHaveAttribute('aria-valuenow', '0.7');
    const moved = [[0.1, 0.7, 0.4, 0.8], input[1] ?? []];
    expected = evaluateLoss('MultiMarginLoss', { input: moved, target: [1, 0] }, { p: 2 })
      .output as number;
    await expect.poll(() => lossValue(page)).toBeCloseTo(expected, 12);
    // The guide under the target: x[y] − margin, as the core computes it.
    const [s] = multiMarginTerms({ input: moved, target: [1, 0] }, { p: 2 }).samples;
    await expect
      .poll(async () => Number(await page.getByTestId('margin-guide').getAttribute('data-value')))
      .toBeCloseTo(s?.payAbove ?? NaN, 12);
  });

  test('weight scales a sample by the weight of its target class only', async ({ page }) => {
    await page.goto(url);
    await page.getByRole('switch', { name: 'weight ≠ None' }).click();
    await page.getByRole('textbox', { name: 'weight[3]' }).fill('0.5');
    await page.getByRole('textbox', { name: 'weight[1]' }).fill('7');
    const expected = evaluateLoss(
      'MultiMarginLoss',
      { input, target: [3, 0] },
      { weight: [1, 7, 1, 0.5] },
    ).output as number;
    await expect.poll(() => lossValue(page)).toBeCloseTo(expected, 12);
    await expect(
      page.getByText('weight[y] = weight[3] = 0.5 scales this whole sample'),
    ).toBeVisible();
    await expect(page.getByText('divided by C = 4')).toBeVisible();
  });
});

test.describe('MultiLabelMarginLoss', () => {
  const url = './#/MultiLabelMarginLoss?lang=en';
  const input = [[0.1, 0.2, 0.4, 0.8]];

  test('clicking classes edits the index list, both encodings and the pair hinges', async ({
    page,
  }) => {
    await page.goto(url);
    const encodings = (kind: string) => page.getByTestId(`encoding-${kind}`);
    await expect(encodings('indices')).toHaveAttribute('data-value', '[3,0,-1,1]');
    await expect(encodings('multihot')).toHaveAttribute('data-value', '[1,0,0,1]');
    const toggle = page.getByRole('button', { name: 'class 1', exact: true });
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    const target = [[3, 0, 1, -1]];
    await expect(page.getByRole('textbox', { name: 'target[0, 2]' })).toHaveValue('1');
    await expect(encodings('indices')).toHaveAttribute('data-value', '[3,0,1,-1]');
    await expect(encodings('multihot')).toHaveAttribute('data-value', '[1,1,0,1]');
    const expected = evaluateLoss('MultiLabelMarginLoss', { input, target }).output as number;
    await expect.poll(() => lossValue(page)).toBeCloseTo(expected, 12);
    const [s] = multiLabelMarginPairs({ input, target }).samples;
    expect(s?.others).toEqual([2]);
    for (const [k, j] of (s?.listed ?? []).entries()) {
      const cell = page.getByTestId(`pair-${j}-2`);
      await expect
        .poll(async () => Number(await cell.getAttribute('data-value')))
        .toBeCloseTo(s?.terms[k]?.[0] ?? NaN, 12);
    }
    await page.getByRole('button', { name: 'class 3', exact: true }).click();
    await expect(encodings('indices')).toHaveAttribute('data-value', '[0,1,-1,-1]');
    const after = evaluateLoss('MultiLabelMarginLoss', { input, target: [[0, 1, -1, -1]] })
      .output as number;
    await expect.poll(() => lossValue(page)).toBeCloseTo(after, 12);
  });

  test('the multi-hot mix-up is computed by the core, not refused', async ({ page }) => {
    await page.goto(url);
    const wrong = evaluateLoss('MultiLabelMarginLoss', { input: input[0], target: [1, 0, 0, 1] })
      .output as number;
    await expect(page.locator('.mix-up')).toContainText(`ℓ = ${Number(wrong.toFixed(4))}`);
    await expect(page.locator('.mix-up')).toContainText('instead of 0.85');
  });
});

test.describe('MultiLabelSoftMarginLoss', () => {
  const url = './#/MultiLabelSoftMarginLoss?lang=en';
  const input = [
    [0.1, 0.2, 0.4, 0.8],
    [1.5, -0.5, 0.3, -1.0],
  ];

  test('toggling classes and weighting them gives the core’s value', async ({ page }) => {
    await page.goto(url);
    await page.getByRole('button', { name: 'class 1', exact: true }).click();
    await expect(page.getByRole('textbox', { name: 'target[0, 1]' })).toHaveValue('1');
    await expect(page.getByTestId('encoding-indices')).toHaveAttribute('data-value', '[0,1,3,-1]');
    const target = [
      [1, 1, 0, 1],
      [1, 0, 1, 0],
    ];
    let expected = evaluateLoss('MultiLabelSoftMarginLoss', { input, target }).output as number;
    await expect.poll(() => lossValue(page)).toBeCloseTo(expected, 12);
    await page.getByRole('switch', { name: 'weight ≠ None' }).click();
    await page.getByRole('textbox', { name: 'weight[0]' }).fill('2');
    expected = evaluateLoss('MultiLabelSoftMarginLoss', { input, target }, { weight: [2, 1, 1, 1] })
      .output as number;
    await expect.poll(() => lossValue(page)).toBeCloseTo(expected, 12);
    await expect(page.getByTestId('formula-live')).toContainText('2⋅');
  });
});

test('the five panels open in Chinese with their live formulas', async ({ page }) => {
  for (const name of [
    'MultiLabelMarginLoss',
    'MultiLabelSoftMarginLoss',
    'MultiMarginLoss',
    'TripletMarginLoss',
    'TripletMarginWithDistanceLoss',
  ]) {
    await page.goto(`./#/${name}?lang=zh`);
    await expect(page.getByRole('article', { name })).toBeVisible();
    await expect(page.getByTestId('formula-live')).toBeVisible();
    await expect(page.getByRole('heading', { name: '常见误区' })).toBeVisible();
  }
  await expect(page.getByRole('button', { name: '走一步' })).toBeVisible();
});
