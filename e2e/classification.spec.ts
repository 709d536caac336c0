import type { Page } from '@playwright/test';
import { formatNumber } from '../app/format.ts';
import {
  evaluateLoss,
  logOf,
  logSoftmax,
  redistribute,
  softmax,
  swapKlArguments,
  type NestedNumbers,
} from '../src/index.ts';
import { expect, lossValue, test } from './fixtures.ts';

/** The core's reduced value for a state, as the panel should show it. */
function core(name: string, inputs: Record<string, NestedNumbers>, options = {}): number {
  const out = evaluateLoss(name, inputs, options).output;
  if (typeof out !== 'number') throw new Error('expected a reduced value');
  return out;
}

/** Dragged values are stored to 4 decimals; tests round the same way. */
const round4 = (v: number) => Math.round(v * 1e4) / 1e4;

async function expectLoss(page: Page, expected: number) {
  await expect.poll(() => lossValue(page)).toBeCloseTo(expected, 9);
}

const CE_INPUT = [
  [2, 1, 0.1],
  [0.5, 2.5, 0.3],
];
const CE_TARGET = [0, 2];

test.describe('CrossEntropyLoss', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto('./#/CrossEntropyLoss?lang=en');
    await expect(page.getByTestId('loss-value')).not.toHaveText('—');
  });

  test('every keyword changes the value to the core’s', async ({ page }) => {
    const inputs = { input: CE_INPUT, target: CE_TARGET };
    await expectLoss(page, core('CrossEntropyLoss', inputs));

    await page
      .getByRole('radiogroup', { name: 'reduction' })
      .getByRole('radio', { name: 'sum' })
      .check();
    await expectLoss(page, core('CrossEntropyLoss', inputs, { reduction: 'sum' }));
    await page
      .getByRole('radiogroup', { name: 'reduction' })
      .getByRole('radio', { name: 'none' })
      .check();
    await expect(page.getByTestId('loss-value')).toContainText('[');
    await page
      .getByRole('radiogroup', { name: 'reduction' })
      .getByRole('radio', { name: 'mean' })
      .check();

    await page.getByRole('switch', { name: 'weight ≠ None' }).click();
    await page.getByRole('textbox', { name: 'weight[2]' }).fill('3');
    const weight = [1, 1, 3];
    await expectLoss(page, core('CrossEntropyLoss', inputs, { weight }));
    await expect(page.getByTestId('formula-reduction')).toContainText('1+3');

    await page
      .getByRole('radiogroup', { name: 'ignore_index' })
      .getByRole('radio', { name: '0', exact: true })
      .check();
    await expectLoss(page, core('CrossEntropyLoss', inputs, { weight, ignore_index: 0 }));

    await page.getByRole('spinbutton', { name: 'label_smoothing' }).fill('0.2');
    await expectLoss(
      page,
      core('CrossEntropyLoss', inputs, { weight, ignore_index: 0, label_smoothing: 0.2 }),
    );
    await expect(page).toHaveURL(/label_smoothing=0\.2/);
    await expect(page.getByTestId('pytorch-code')).toContainText('label_smoothing=0.2');
    await expect(page.getByTestId('pytorch-code')).toContainText('target = torch.tensor([0, 2])');
  });

  test('the decomposition shows the core’s log-sum-exp, log-softmax and picked entry', async ({
    page,
  }) => {
    const lse = 2.417; // logsumexp([2, 1, 0.1]), checked against PyTorch in the core's tests
    await expect(page.getByTestId('step-lse')).toContainText(String(lse));
    const lp = logSoftmax([2, 1, 0.1]).map((v) => v.toFixed(3));
    await expect(page.getByTestId('step-logsoftmax')).toContainText(lp[1] ?? '');
    await expect(page.getByTestId('step-nll')).toContainText((-Number(lp[0])).toFixed(3));
    await page.getByRole('radio', { name: 'Sample 1' }).click();
    await expect(page.getByTestId('step-nll')).toContainText('p2');
  });

  test('logit bars move with the keyboard and the pointer', async ({ page }) => {
    const bar = page.getByRole('slider', { name: /^input\[0, 1\]/ });
    await bar.focus();
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Shift+ArrowUp');
    await expect(bar).toHaveAttribute('aria-valuenow', '2.2');
    await expect(page.getByRole('textbox', { name: 'input[0, 1]' })).toHaveValue('2.2');
    const moved = [[2, 2.2, 0.1], CE_INPUT[1] ?? []];
    await expectLoss(page, core('CrossEntropyLoss', { input: moved, target: CE_TARGET }));

    const other = page.getByRole('slider', { name: /^input\[0, 2\]/ });
    const box = await other.boundingBox();
    if (!box) throw new Error('no bar');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2, box.y + 10, { steps: 4 });
    await page.mouse.up();
    const dragged = Number(await other.getAttribute('aria-valuenow'));
    expect(dragged).toBeGreaterThan(2);
    await expect(page.getByRole('textbox', { name: 'input[0, 2]' })).toHaveValue(String(dragged));
    await expectLoss(
      page,
      core('CrossEntropyLoss', {
        input: [[2, 2.2, dragged], CE_INPUT[1] ?? []],
        target: CE_TARGET,
      }),
    );
  });

  test('probability targets: switch, drag, and the ignore_index refusal', async ({ page }) => {
    await page.getByRole('radio', { name: 'class probabilities' }).click();
    const oneHot = [
      [1, 0, 0],
      [0, 0, 1],
    ];
    await expectLoss(page, core('CrossEntropyLoss', { input: CE_INPUT, target: oneHot }));
    const first = page.getByRole('slider', { name: /^target\[0, 0\]/ });
    await first.focus();
    await page.keyboard.press('Shift+ArrowDown');
    const target = [redistribute([1, 0, 0], 0, 0.9).map(round4), oneHot[1] ?? []];
    await expectLoss(page, core('CrossEntropyLoss', { input: CE_INPUT, target }));
    await expect(page.getByRole('textbox', { name: 'target[0, 1]' })).toHaveValue('0.05');

    await page
      .getByRole('radiogroup', { name: 'ignore_index' })
      .getByRole('radio', { name: '1', exact: true })
      .check();
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('PyTorch refuses ignore_index=1');
    await expect(alert).toContainText('ignore_index is not supported for floating point target');
    await expect(page.getByTestId('loss-value')).toHaveText('—');
    await expect(page.getByTestId('logit-bars')).toBeVisible();
  });

  test('an out-of-range class is refused in plain words', async ({ page }) => {
    await page.getByRole('textbox', { name: 'target[1]' }).fill('5');
    await expect(page.getByRole('alert')).toContainText('There is no class 5 among 3 classes');
    await expect(page.getByRole('alert')).toContainText('Target 5 is out of bounds');
    await page.getByRole('textbox', { name: 'target[1]' }).fill('1.5');
    await expect(page.getByRole('alert')).toContainText('1.5 is not one');
  });

  test('all targets ignored: the NaN mean is explained, not an error', async ({ page }) => {
    await page.goto('./#/CrossEntropyLoss?target=-100,-100&lang=en');
    await expect(page.getByTestId('loss-value')).toHaveText('NaN');
    const note = page.getByRole('note', { name: 'Why NaN?' });
    await expect(note).toContainText('0 / 0 is NaN');
    await expect(page.getByRole('alert')).toHaveCount(0);
    await expect(page.getByTestId('formula-reduction')).toContainText('NaN');
    await page.getByRole('button', { name: '中文' }).click();
    await expect(page.getByRole('note', { name: '为什么是 NaN？' })).toContainText('0 / 0');
  });
});

const NLL_INPUT = [
  [-0.3567, -1.6094, -2.3026],
  [-1.6094, -0.6931, -1.204],
];
const NLL_TARGET = [0, 2];

test.describe('NLLLoss', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto('./#/NLLLoss?lang=en');
    await expect(page.getByTestId('loss-value')).not.toHaveText('—');
  });

  test('every keyword changes the value to the core’s, and the weighted mean adds up', async ({
    page,
  }) => {
    const inputs = { input: NLL_INPUT, target: NLL_TARGET };
    await expectLoss(page, core('NLLLoss', inputs));
    await page
      .getByRole('radiogroup', { name: 'reduction' })
      .getByRole('radio', { name: 'sum' })
      .check();
    await expectLoss(page, core('NLLLoss', inputs, { reduction: 'sum' }));
    await page
      .getByRole('radiogroup', { name: 'reduction' })
      .getByRole('radio', { name: 'mean' })
      .check();

    await page.getByRole('switch', { name: 'weight ≠ None' }).click();
    await page.getByRole('textbox', { name: 'weight[0]' }).fill('2');
    await page.getByRole('textbox', { name: 'weight[2]' }).fill('0.5');
    const weight = [2, 1, 0.5];
    const weighted = core('NLLLoss', inputs, { weight });
    await expectLoss(page, weighted);
    await expect(page.getByTestId('weighted-mean-value')).toHaveText(formatNumber(weighted));

    await page
      .getByRole('radiogroup', { name: 'ignore_index' })
      .getByRole('radio', { name: '2', exact: true })
      .check();
    await expectLoss(page, core('NLLLoss', inputs, { weight, ignore_index: 2 }));
    await expect(page.getByTestId('weighted-mean')).toContainText('no: ignore_index');
  });

  test('raw logits and probabilities: what goes wrong, and the fix', async ({ page }) => {
    await expect(page.getByTestId('input-kind')).toContainText('These are log-probabilities');
    const logits = [
      [2, 1, 0.1],
      [0.5, 2.5, 0.3],
    ];
    for (const [i, row] of logits.entries())
      for (const [c, v] of row.entries())
        await page.getByRole('textbox', { name: `input[${i}, ${c}]` }).fill(String(v));
    await expect(page.getByTestId('input-kind')).toContainText('not log-probabilities');
    await expectLoss(page, core('NLLLoss', { input: logits, target: NLL_TARGET }));
    expect(await lossValue(page)).toBeLessThan(0);
    const asProbs = logits.map((r) => softmax(r));
    const probValue = core('NLLLoss', { input: asProbs, target: NLL_TARGET });
    await expect(page.getByTestId('nll-softmax(z)')).toHaveText(formatNumber(probValue));
    const right = core('CrossEntropyLoss', { input: logits, target: NLL_TARGET });
    await expect(page.getByTestId('nll-log_softmax(z)')).toHaveText(formatNumber(right));

    await page.getByRole('button', { name: 'Apply log_softmax to input' }).click();
    await expect(page.getByTestId('input-kind')).toContainText('These are log-probabilities');
    const fixed = logits.map((r) => logSoftmax(r).map(round4));
    await expectLoss(page, core('NLLLoss', { input: fixed, target: NLL_TARGET }));
    expect(Math.abs((await lossValue(page)) - right)).toBeLessThan(1e-3);
  });

  test('the target picker, ignoring every sample, and a non-integer target', async ({ page }) => {
    await page
      .getByRole('radiogroup', { name: 'target[0]' })
      .getByRole('radio', { name: '-100', exact: true })
      .check();
    await page.getByRole('radio', { name: 'Sample 1' }).click();
    await page
      .getByRole('radiogroup', { name: 'target[1]' })
      .getByRole('radio', { name: '-100', exact: true })
      .check();
    await expect(page.getByTestId('loss-value')).toHaveText('NaN');
    await expect(page.getByRole('note', { name: 'Why NaN?' })).toBeVisible();
    await page.getByRole('textbox', { name: 'target[0]' }).fill('0.5');
    await expect(page.getByRole('alert')).toContainText('0.5 is not one');
  });
});

const KL_INPUT = NLL_INPUT;
const KL_TARGET = [
  [0.5, 0.3, 0.2],
  [0.1, 0.3, 0.6],
];

test.describe('KLDivLoss', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto('./#/KLDivLoss?lang=en');
    await expect(page.getByTestId('loss-value')).not.toHaveText('—');
  });

  test('every reduction, batchmean being the true KL', async ({ page }) => {
    const inputs = { input: KL_INPUT, target: KL_TARGET };
    const group = page.getByRole('radiogroup', { name: 'reduction' });
    await expectLoss(page, core('KLDivLoss', inputs));
    for (const reduction of ['batchmean', 'sum', 'mean']) {
      await group.getByRole('radio', { name: reduction, exact: true }).check();
      await expectLoss(page, core('KLDivLoss', inputs, { reduction }));
    }
    await group.getByRole('radio', { name: 'none' }).check();
    await expect(page.getByTestId('loss-value')).toContainText('[');
    const batchmean = core('KLDivLoss', inputs, { reduction: 'batchmean' });
    const perSample = KL_TARGET.map((p, n) =>
      core('KLDivLoss', { input: KL_INPUT[n] ?? [], target: p }, { reduction: 'sum' }),
    );
    expect(batchmean).toBeCloseTo(((perSample[0] ?? 0) + (perSample[1] ?? 0)) / 2, 12);
    await expect(page.getByTestId('kl-batchmean')).toHaveText(formatNumber(batchmean));
    await expect(page.getByTestId('kl-mean')).toHaveText(formatNumber(batchmean / 3));
  });

  test('log_target reinterprets the target, and the conversion fixes it', async ({ page }) => {
    await page.getByRole('switch', { name: 'log_target' }).click();
    await expectLoss(
      page,
      core('KLDivLoss', { input: KL_INPUT, target: KL_TARGET }, { log_target: true }),
    );
    await expect(page.getByTestId('target-check')).toContainText('not a distribution');
    await page.getByRole('button', { name: 'Convert target to log p' }).click();
    await expect(page.getByTestId('target-check')).toHaveCount(0);
    const logTarget = (logOf(KL_TARGET) as number[][]).map((r) => r.map(round4));
    await expectLoss(
      page,
      core('KLDivLoss', { input: KL_INPUT, target: logTarget }, { log_target: true }),
    );
  });

  test('dragging q and swapping p and q', async ({ page }) => {
    const q0 = page.getByRole('slider', { name: /^q, exp\(input\[0, 0\]\)/ });
    await q0.focus();
    await page.keyboard.press('ArrowUp');
    const q = KL_INPUT[0]?.map(Math.exp) ?? [];
    const row = (logOf(redistribute(q, 0, 0.71, 1e-4)) as number[]).map(round4);
    const input = [row, KL_INPUT[1] ?? []];
    await expectLoss(page, core('KLDivLoss', { input, target: KL_TARGET }));

    await page.getByRole('button', { name: 'Swap p and q' }).click();
    const swapped = swapKlArguments(input, KL_TARGET, false);
    const round = (v: NestedNumbers): NestedNumbers =>
      typeof v === 'number' ? round4(v) : v.map(round);
    await expectLoss(
      page,
      core('KLDivLoss', { input: round(swapped.input), target: round(swapped.target) }),
    );
  });

  test('mismatched shapes are refused in plain words, without a blank panel', async ({ page }) => {
    await page.goto('./#/KLDivLoss?target=0.5,0.5;0.5,0.5&lang=en');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('must have the same shape');
    await expect(alert).toContainText(
      'The size of tensor a (3) must match the size of tensor b (2)',
    );
    await expect(page.getByTestId('loss-value')).toHaveText('—');
    await expect(page.getByRole('heading', { name: 'nn.KLDivLoss' })).toBeVisible();
  });
});
