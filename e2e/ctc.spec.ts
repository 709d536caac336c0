import type { Page } from '@playwright/test';
import { ctcLattice, evaluateLoss } from '../src/index.ts';
import { parseHash } from '../app/routing/hashState.ts';
import { expect, lossValue, test } from './fixtures.ts';

const cells = (page: Page) => page.getByTestId('ctc-cell');
const revealed = (page: Page) => page.locator('[data-testid="ctc-cell"][data-revealed="true"]');
const current = (page: Page) => page.locator('[data-testid="ctc-cell"][data-current="true"]');
const step = async (page: Page) =>
  Number(await page.getByTestId('ctc-step').getAttribute('data-step'));

/** The state the link describes, evaluated by the core in this test process. */
async function coreLoss(page: Page): Promise<{ loss: number; latticeLoss: number }> {
  const { state } = parseHash(new URL(page.url()).hash);
  const loss = evaluateLoss('CTCLoss', state.tensors, state.params).output as number;
  const lp = (state.tensors['log_probs'] as number[][][]).map((frame) => frame[0] ?? []);
  const targets = (state.tensors['targets'] as number[][])[0] ?? [];
  const blank = Number(state.params['blank']);
  return { loss, latticeLoss: ctcLattice(lp, targets, { blank }).loss };
}

test.describe('CTCLoss', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto('./#/CTCLoss?lang=en');
    await expect(page.getByTestId('ctc-lattice')).toBeVisible();
  });

  test('the lattice has T × (2L + 1) cells, with two start and two end cells', async ({ page }) => {
    await expect(cells(page)).toHaveCount(8 * 7);
    await expect(page.getByTestId('ctc-start')).toHaveCount(2);
    await expect(page.getByTestId('ctc-end')).toHaveCount(2);
    await page.getByRole('textbox', { name: 'Target text' }).fill('hello');
    await expect(cells(page)).toHaveCount(8 * 11);
    await page.getByRole('spinbutton', { name: 'T' }).fill('12');
    await expect(cells(page)).toHaveCount(12 * 11);
    await expect(page.locator('[data-testid="ctc-end"][data-s="10"]')).toHaveCount(1);
    await expect(page.locator('[data-testid="ctc-end"][data-s="9"]')).toHaveCount(1);
  });

  test('stepping advances exactly one column, by button and by keyboard', async ({ page }) => {
    const S = 7;
    await expect(revealed(page)).toHaveCount(S);
    await expect(current(page).first()).toHaveAttribute('data-t', '0');
    await page.getByRole('button', { name: 'Step forward' }).click();
    await expect(revealed(page)).toHaveCount(2 * S);
    await expect(current(page)).toHaveCount(S);
    for (const cell of await current(page).all()) await expect(cell).toHaveAttribute('data-t', '1');

    const lattice = page.getByRole('group', { name: /^Lattice:/ });
    await lattice.focus();
    await page.keyboard.press('ArrowRight');
    await expect(revealed(page)).toHaveCount(3 * S);
    await expect(current(page).first()).toHaveAttribute('data-t', '2');
    await page.keyboard.press('ArrowLeft');
    await expect(revealed(page)).toHaveCount(2 * S);
    await page.keyboard.press(' ');
    await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
    await page.keyboard.press(' ');
    await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();

    // Past the last frame the backward pass starts from the right, one column per step.
    await page.getByRole('slider', { name: 'Animation step' }).fill('8');
    await expect(page.getByTestId('ctc-step')).toContainText('Backward pass');
    await expect(revealed(page)).toHaveCount(S);
    await expect(current(page).first()).toHaveAttribute('data-t', '7');
    await page.getByRole('button', { name: 'Step forward' }).click();
    await expect(revealed(page)).toHaveCount(2 * S);
    await expect(current(page).first()).toHaveAttribute('data-t', '6');
    await page.getByRole('button', { name: 'Last step' }).click();
    await expect(page.getByTestId('ctc-step')).toContainText('Posteriors');
    await expect(revealed(page)).toHaveCount(8 * S);
    await expect(current(page)).toHaveCount(0);
  });

  test('the loss equals the core for the same tensors, after edits', async ({ page }) => {
    await page.getByRole('button', { name: 'Uncertain' }).click();
    await page.getByRole('radio', { name: 'sum' }).check();
    const cell = page.getByRole('gridcell', { name: /^frame 2, class 1 \(a\)/ });
    await cell.focus();
    const before = Number(await cell.getAttribute('data-p'));
    await page.keyboard.press('+');
    await page.keyboard.press('PageUp');
    await expect(cell).toHaveAttribute('data-p', String(Math.round((before + 0.11) * 1e4) / 1e4));
    const row = page.locator('.ctc-heatmap [data-t="2"]');
    const sum = (
      await row.evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-p'))))
    ).reduce((a, b) => a + b, 0);
    expect(sum).toBeCloseTo(1, 10);
    await expect(page).toHaveURL(/log_probs=/);
    // Typing a value opens a field; Enter applies it.
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('5');
    const field = page.getByRole('textbox', { name: 'New probability for frame 2, c' });
    await field.fill('0.25');
    await field.press('Enter');
    await expect(page.getByRole('gridcell', { name: /^frame 2, class 2 \(c\)/ })).toHaveAttribute(
      'data-p',
      '0.25',
    );

    // The link follows an edit once editing pauses: poll until it describes what is shown.
    const shown = await lossValue(page);
    await expect.poll(async () => (await coreLoss(page)).loss).toBeCloseTo(shown, 10);
    const { loss, latticeLoss } = await coreLoss(page);
    expect(latticeLoss).toBeCloseTo(loss, 10);
    await expect(page.getByTestId('pytorch-code')).toContainText("nn.CTCLoss(reduction='sum')");
    await expect(page.getByTestId('pytorch-code')).toContainText(`tensor(${loss.toFixed(4)})`);
  });

  test('dragging a probability cell changes it and the loss', async ({ page }) => {
    const cell = page.getByRole('gridcell', { name: /^frame 4, class 1 \(a\)/ });
    const before = Number(await cell.getAttribute('data-p'));
    const loss = await lossValue(page);
    await cell.scrollIntoViewIfNeeded();
    const box = await cell.boundingBox();
    if (!box) throw new Error('no cell box');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2 + 60, { steps: 6 });
    await page.mouse.up();
    await expect.poll(async () => Number(await cell.getAttribute('data-p'))).toBeLessThan(before);
    await expect.poll(() => lossValue(page)).toBeGreaterThan(loss);
    const shown = await lossValue(page);
    await expect.poll(async () => (await coreLoss(page)).loss).toBeCloseTo(shown, 10);
  });

  test('the impossible preset gives an infinite loss that zero_infinity turns into 0', async ({
    page,
  }) => {
    await page.getByRole('button', { name: 'Too few frames' }).click();
    await expect(cells(page)).toHaveCount(2 * 7);
    await expect.poll(() => lossValue(page)).toBe(Number.POSITIVE_INFINITY);
    await expect(page.getByTestId('loss-value')).toHaveText('∞');
    await expect(page.getByText(/No path reaches an end cell/)).toBeVisible();
    await expect(page.getByTestId('ctc-viterbi')).toContainText('None');
    await page.getByRole('switch', { name: 'zero_infinity' }).click();
    await expect.poll(() => lossValue(page)).toBe(0);
    await expect(page.getByTestId('pytorch-code')).toContainText('zero_infinity=True');
    await expect.poll(async () => (await coreLoss(page)).loss).toBe(0);
  });

  test('the animation survives changing the target mid-play', async ({ page }) => {
    await page.getByLabel('Speed').selectOption('4');
    await page.getByRole('button', { name: 'Play' }).click();
    await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
    await expect.poll(() => step(page)).toBeGreaterThan(1);
    await page.getByRole('textbox', { name: 'Target text' }).fill('hello');
    await expect(cells(page)).toHaveCount(8 * 11);
    await expect.poll(() => step(page)).toBeGreaterThan(1);
    await expect(current(page).first()).toHaveAttribute('data-t', /\d/);
    await page.getByRole('textbox', { name: 'Target text' }).fill('ab');
    await expect(cells(page)).toHaveCount(8 * 5);
    await page.getByRole('button', { name: 'Pause' }).click();
    await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
    const paused = await step(page);
    expect(paused).toBeLessThanOrEqual(16);
    await expect(revealed(page).first()).toBeVisible();
  });

  test('a target outside the alphabet is explained and the last good one kept', async ({
    page,
  }) => {
    const before = await lossValue(page);
    const field = page.getByRole('textbox', { name: 'Target text' });
    await field.fill('Cat');
    await expect(page.getByRole('alert')).toContainText('"C" is not in this panel\'s alphabet');
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(await lossValue(page)).toBe(before);
    await field.fill('');
    await expect(page.getByRole('alert')).toContainText('at least one letter');
    await field.fill('cat');
    await expect(page.getByRole('alert')).toHaveCount(0);
  });

  test('moving the blank moves ε and re-indexes the targets, not the loss', async ({ page }) => {
    const before = await lossValue(page);
    await page.getByRole('spinbutton', { name: 'blank' }).fill('2');
    await expect(page.locator('.ctc-heatmap thead th').nth(3)).toContainText('ε');
    await expect(page.getByTestId('pytorch-code')).toContainText('nn.CTCLoss(blank=2)');
    await expect(page.getByTestId('pytorch-code')).toContainText(
      'targets = torch.tensor([[1, 0, 5]])',
    );
    await expect.poll(() => lossValue(page)).toBeCloseTo(before, 12);
    await page.getByRole('spinbutton', { name: 'blank' }).fill('9');
    await expect(page.getByRole('alert')).toContainText('blank must be in label range');
    expect(await lossValue(page)).toBeCloseTo(before, 12);
  });

  test('with reduced motion, stepping still works', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.getByRole('button', { name: 'Step forward' }).click();
    await expect(revealed(page)).toHaveCount(14);
    const duration = await page
      .locator('[data-testid="ctc-cell"] rect')
      .first()
      .evaluate((el) => getComputedStyle(el).transitionDuration);
    expect(duration).toBe('0s');
  });

  test('speaks Chinese, play button included', async ({ page }) => {
    await page.goto('./#/CTCLoss?lang=zh');
    await expect(page.getByRole('button', { name: '播放' })).toBeVisible();
    await expect(page.getByRole('textbox', { name: '目标文本' })).toHaveValue('cat');
    await expect(cells(page)).toHaveCount(56);
  });
});

test.describe('CTC in links and in class', () => {
  test('a link carries the word and the animation step', async ({ page, browser }) => {
    await page.goto('./#/CTCLoss?lang=en');
    await page.getByRole('textbox', { name: 'Target text' }).fill('dog');
    await expect(page).toHaveURL(/ctc\.letters=/);
    const forward = page.getByRole('button', { name: 'Step forward' });
    await forward.click();
    await forward.click();
    await expect(page).toHaveURL(/ctc\.step=2/);
    const value = await page.getByTestId('loss-value').getAttribute('data-value');
    const url = page.url();

    const fresh = await browser.newPage();
    await fresh.goto(url);
    await expect(fresh.getByTestId('loss-value')).toHaveAttribute('data-value', value ?? '');
    await expect(
      fresh.locator('[data-testid="ctc-cell"][data-current="true"]').first(),
    ).toHaveAttribute('data-t', '2');
    await expect(fresh.getByRole('textbox', { name: 'Target text' })).toHaveValue('dog');
    await fresh.close();
  });

  test('Space plays and pauses in presentation mode', async ({ page }) => {
    await page.goto('./#/CTCLoss?lang=en');
    await expect(page.getByRole('heading', { name: 'nn.CTCLoss' })).toBeVisible();
    await page.keyboard.press('p');
    await expect(page.locator('html')).toHaveClass(/presenting/);
    await page.keyboard.press('Space');
    await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
    await page.keyboard.press('Space');
    await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
  });
});
