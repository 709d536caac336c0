import type { Page } from '@playwright/test';
import { content as bce } from '../app/losses/BCELoss/content.ts';
import { content as bceLogits } from '../app/losses/BCEWithLogitsLoss/content.ts';
import { content as gaussian } from '../app/losses/GaussianNLLLoss/content.ts';
import { content as poisson } from '../app/losses/PoissonNLLLoss/content.ts';
import { compareSigmoidBce, evaluateLoss, type NestedNumbers } from '../src/index.ts';
import { expect, lossValue, test } from './fixtures.ts';

/** Shown values are float64 from the same core: agreement to 10 decimals is the bar. */
const DIGITS = 10;

function core(
  name: string,
  inputs: Readonly<Record<string, NestedNumbers>>,
  options: Readonly<Record<string, unknown>> = {},
): number {
  return evaluateLoss(name, inputs, options).output as number;
}

async function expectValue(page: Page, expected: number): Promise<void> {
  await expect.poll(() => lossValue(page)).toBeCloseTo(expected, DIGITS);
}

test.describe('BCELoss', () => {
  const tensors = bce.example;

  test('reduction and weight change the value to the core’s', async ({ page }) => {
    await page.goto('./#/BCELoss?lang=en');
    await expectValue(page, core('BCELoss', tensors));
    await page.getByRole('radio', { name: 'sum' }).check();
    await expectValue(page, core('BCELoss', tensors, { reduction: 'sum' }));

    await page.getByRole('switch', { name: 'weight ≠ None' }).click();
    await page.getByRole('textbox', { name: 'weight[1]' }).fill('3');
    const weight = [1, 3, 1, 1];
    await expectValue(page, core('BCELoss', tensors, { reduction: 'sum', weight }));
    await expect(page).toHaveURL(/weight=1,3,1,1/);
    // The curves follow the highlighted element's weight once it is picked.
    await page.getByRole('textbox', { name: 'input[1]' }).focus();
    await expect(page.getByText('Curves drawn with the weights of element 1')).toBeVisible();
  });

  test('a soft target gets its own curve', async ({ page }) => {
    await page.goto('./#/BCELoss?lang=en');
    await expect(page.locator('path[data-series^="loss-y"]')).toHaveCount(2);
    await page.getByRole('textbox', { name: 'target[1]' }).fill('0.3');
    await expect(page.locator('path[data-series^="loss-y"]')).toHaveCount(3);
    await expect(page.getByText('target y = 0.3').first()).toBeVisible();
    await expectValue(page, core('BCELoss', { ...tensors, target: [1, 0.3, 0, 1] }));
  });

  test('a probability of 1.5 shows PyTorch’s error in plain words', async ({ page }) => {
    await page.goto('./#/BCELoss?lang=en');
    await page.getByRole('textbox', { name: 'input[0]' }).fill('1.5');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('input[0] = 1.5 is not a probability');
    await expect(alert).toContainText('use BCEWithLogitsLoss');
    await expect(alert).toContainText('all elements of input should be between 0 and 1');
    await expect(page.getByTestId('loss-value')).toHaveText('—');
    // The plots stay (curves do not depend on the bad value) and recover with a valid one.
    await expect(page.locator('path[data-series="loss-y0"]')).toHaveCount(1);
    await page.getByRole('textbox', { name: 'input[0]' }).fill('0.9');
    await expectValue(page, core('BCELoss', { ...tensors, input: [0.9, 0.3, 0.6, 0.1] }));
  });

  test('the plain words follow the language', async ({ page }) => {
    await page.goto('./#/BCELoss?input=0.2,-0.5,0.6,0.1&lang=zh');
    await expect(page.getByRole('alert')).toContainText('input[1] = -0.5 不是概率');
  });

  test('the stability view shows the saturated and the exact number', async ({ page }) => {
    await page.goto('./#/BCELoss?lang=en');
    const view = page.getByRole('region', { name: /Numerical stability/ });
    const at = (z: number, y: number) => compareSigmoidBce({ logits: [z], target: y });

    // z = 40, y = 0: sigmoid rounds to 1, BCELoss clamps at 100, the fused loss is 40.
    let expected = at(40, 0);
    await expect(view.getByTestId('stability-probability')).toHaveAttribute('data-value', '1');
    await expect(view.getByTestId('stability-naive')).toHaveAttribute('data-value', '100');
    await expect(view.getByTestId('stability-naive')).toContainText('saturated');
    await expect(view.getByTestId('stability-exact')).toHaveAttribute(
      'data-value',
      String(expected.fusedLoss[0]),
    );
    await expect(view.getByTestId('stability-naive-grad')).toHaveAttribute('data-value', '0');
    await expect(view.getByTestId('stability-exact-grad')).toHaveAttribute('data-value', '1');
    await expect(view.getByTestId('stability-code')).toContainText('# 100.0 0.0');
    await expect(view.getByTestId('stability-code')).toContainText('# 40.0 1.0');

    // Far beyond the slider: typed in the box.
    await view.getByRole('spinbutton', { name: 'z' }).fill('800');
    expected = at(800, 0);
    await expect(view.getByTestId('stability-exact')).toHaveAttribute(
      'data-value',
      String(expected.fusedLoss[0]),
    );
    await expect(view.getByTestId('stability-naive')).toHaveAttribute(
      'data-value',
      String(expected.naiveLoss[0]),
    );

    // Target 1 at z = −40: the value survives, the gradient through the sigmoid does not.
    await view.getByRole('radio', { name: '1' }).check();
    await view.getByRole('spinbutton', { name: 'z' }).fill('-40');
    expected = at(-40, 1);
    const naive = Number(await view.getByTestId('stability-naive').getAttribute('data-value'));
    expect(naive).toBeCloseTo(expected.naiveLoss[0] ?? NaN, DIGITS);
    await expect(view.getByTestId('stability-naive')).toContainText('no clamp');
    const naiveGrad = Number(
      await view.getByTestId('stability-naive-grad').getAttribute('data-value'),
    );
    expect(naiveGrad).toBeCloseTo(expected.naiveGrad[0] ?? NaN, 15);
    expect(Math.abs(naiveGrad)).toBeLessThan(1e-5);
    await expect(view.getByTestId('stability-exact-grad')).toHaveAttribute(
      'data-value',
      String(expected.fusedGrad[0]),
    );
  });
});

test.describe('BCEWithLogitsLoss', () => {
  const tensors = bceLogits.example;

  test('reduction, weight and pos_weight change the value to the core’s', async ({ page }) => {
    await page.goto('./#/BCEWithLogitsLoss?lang=en');
    await expectValue(page, core('BCEWithLogitsLoss', tensors));
    await page.getByRole('radio', { name: 'sum' }).check();
    await expectValue(page, core('BCEWithLogitsLoss', tensors, { reduction: 'sum' }));

    await page.getByRole('switch', { name: 'pos_weight ≠ None' }).click();
    await page.getByRole('textbox', { name: 'pos_weight[0]' }).fill('3');
    const pos_weight = [3, 1, 1, 1];
    await expectValue(page, core('BCEWithLogitsLoss', tensors, { reduction: 'sum', pos_weight }));

    await page.getByRole('switch', { name: 'weight ≠ None', exact: true }).click();
    await page.getByRole('textbox', { name: 'weight[3]', exact: true }).fill('0.5');
    const weight = [1, 1, 1, 0.5];
    await expectValue(
      page,
      core('BCEWithLogitsLoss', tensors, { reduction: 'sum', pos_weight, weight }),
    );
    await expect(page.getByTestId('formula-live')).toContainText('σ(1.5)');

    await page.getByRole('radio', { name: 'none' }).check();
    await expect(page.getByTestId('loss-value')).toContainText('[');
  });

  test('a target of another shape is explained in plain words', async ({ page }) => {
    await page.goto('./#/BCEWithLogitsLoss?target=1,0,0&lang=en');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('must have exactly the same shape');
    await expect(alert).toContainText('Target size ([3]) must be the same as input size ([4])');
  });

  test('has the stability view too', async ({ page }) => {
    await page.goto('./#/BCEWithLogitsLoss?lang=en');
    const view = page.getByRole('region', { name: /Numerical stability/ });
    await expect(view.getByTestId('stability-naive')).toHaveAttribute('data-value', '100');
  });
});

test.describe('PoissonNLLLoss', () => {
  const tensors = poisson.example;

  test('log_input, full, eps and reduction change the value to the core’s', async ({ page }) => {
    await page.goto('./#/PoissonNLLLoss?lang=en');
    await expectValue(page, core('PoissonNLLLoss', tensors));

    await page.getByRole('switch', { name: 'full' }).click();
    await expectValue(page, core('PoissonNLLLoss', tensors, { full: true }));
    await expect(page.getByTestId('formula-live')).toContainText('y≤1');

    await page.getByRole('radio', { name: 'sum' }).check();
    await expectValue(page, core('PoissonNLLLoss', tensors, { full: true, reduction: 'sum' }));

    // The same numbers read as rates: −1 is a negative rate, NaN as in PyTorch, explained.
    await page.getByRole('switch', { name: 'log_input' }).click();
    await expect.poll(() => lossValue(page)).toBeNaN();
    await expect(page.getByRole('status').filter({ hasText: 'negative rate' })).toBeVisible();

    // Rewriting the input keeps the rates: e^x.
    await page.getByRole('button', { name: 'Rewrite input as rates' }).click();
    const rates = [1, 2.7183, 7.3891, 0.3679];
    const options = { full: true, reduction: 'sum', log_input: false };
    await expectValue(page, core('PoissonNLLLoss', { ...tensors, input: rates }, options));

    await page.getByRole('spinbutton', { name: 'eps' }).fill('0.5');
    await expectValue(
      page,
      core('PoissonNLLLoss', { ...tensors, input: rates }, { ...options, eps: 0.5 }),
    );
    await expect(page).toHaveURL(/eps=0.5/);
  });

  test('points out the lost minus sign and draws one curve per count', async ({ page }) => {
    await page.goto('./#/PoissonNLLLoss?lang=en');
    const erratum = page.getByRole('complementary', { name: /correction to the course notes/ });
    await expect(erratum).toContainText('a minus sign fell out');
    await expect(page.locator('path[data-series^="loss-y"]')).toHaveCount(4);
    await expect(page.getByText('minimum at λ = y = 1')).toBeVisible();
    await page.getByRole('textbox', { name: 'input[2]' }).focus();
    await expect(page.getByText('minimum at λ = y = 5')).toBeVisible();
  });
});

test.describe('GaussianNLLLoss', () => {
  const tensors = gaussian.example;

  test('full, eps and reduction change the value to the core’s', async ({ page }) => {
    await page.goto('./#/GaussianNLLLoss?lang=en');
    await expectValue(page, core('GaussianNLLLoss', tensors));
    await page.getByRole('switch', { name: 'full' }).click();
    await expectValue(page, core('GaussianNLLLoss', tensors, { full: true }));
    await page.getByRole('spinbutton', { name: 'eps' }).fill('0.2');
    await expectValue(page, core('GaussianNLLLoss', tensors, { full: true, eps: 0.2 }));
    await page.getByRole('radio', { name: 'sum' }).check();
    await expectValue(
      page,
      core('GaussianNLLLoss', tensors, { full: true, eps: 0.2, reduction: 'sum' }),
    );
  });

  test('mean and variance controls move the element and the minimum', async ({ page }) => {
    await page.goto('./#/GaussianNLLLoss?lang=en');
    await page.getByRole('spinbutton', { name: 'variance var[0, 0]' }).fill('2');
    await page.getByRole('spinbutton', { name: 'mean input[0, 0]' }).fill('-0.8');
    const input = [
      [-0.8, 2],
      [0.5, -1],
      [0, 1.5],
    ];
    const variance = [
      [2, 1],
      [0.1, 2],
      [0.2, 0.3],
    ];
    await expectValue(page, core('GaussianNLLLoss', { ...tensors, input, var: variance }));
    await expect(page.getByRole('textbox', { name: 'var[0, 0]' })).toHaveValue('2');
    // (x − y)² = (−0.8 − 1.2)² = 4
    await expect(page.getByTestId('plot-var')).toContainText('minimum at var = (x − y)² = 4');
  });

  test('var switches between one per prediction and one per sample', async ({ page }) => {
    await page.goto('./#/GaussianNLLLoss?lang=en');
    await page.getByRole('radio', { name: /^\(3, 1\)/ }).check();
    await expect(page.getByRole('textbox', { name: 'var[2, 0]' })).toHaveValue('0.2');
    await expect(page.getByRole('textbox', { name: 'var[0, 1]' })).toHaveCount(0);
    await expectValue(page, core('GaussianNLLLoss', { ...tensors, var: [[0.5], [0.1], [0.2]] }));
    await expect(page.getByRole('slider', { name: 'variance var[0, 0]' })).toBeVisible();

    await page.getByRole('radio', { name: /^\(3,\)/ }).check();
    await expect(page.getByRole('textbox', { name: 'var[1]' })).toHaveValue('0.1');
    await expectValue(page, core('GaussianNLLLoss', { ...tensors, var: [0.5, 0.1, 0.2] }));
    await expect(page.getByTestId('pytorch-code')).toContainText(
      'var = torch.tensor([0.5, 0.1, 0.2]',
    );

    await page.getByRole('radio', { name: /^\(3, 2\)/ }).check();
    await expect(page.getByRole('textbox', { name: 'var[1, 1]' })).toHaveValue('0.1');
  });

  test('a negative variance shows PyTorch’s error in plain words', async ({ page }) => {
    await page.goto('./#/GaussianNLLLoss?lang=en');
    await page.getByRole('textbox', { name: 'var[1, 1]' }).fill('-1');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('A variance cannot be negative');
    await expect(alert).toContainText('var has negative entry');
    await expect(page.getByTestId('loss-value')).toHaveText('—');
  });
});
