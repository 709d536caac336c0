import { describe, expect, it } from 'vitest';
import { evaluateLoss, swapKlArguments } from '../index.ts';

const p = [
  [0.5, 0.3, 0.2],
  [0.1, 0.3, 0.6],
];
const q = [
  [0.7, 0.2, 0.1],
  [0.25, 0.25, 0.5],
];
const log = (m: number[][]) => m.map((r) => r.map(Math.log));
/** KL(a ‖ b) summed over rows, straight from the definition. */
const kl = (a: number[][], b: number[][]) =>
  a.reduce(
    (s, row, i) =>
      s + row.reduce((t, ai, j) => (ai === 0 ? t : t + ai * Math.log(ai / (b[i]?.[j] ?? NaN))), 0),
    0,
  );

describe('swapKlArguments', () => {
  it('turns KL(p ‖ q) into KL(q ‖ p) with probability targets', () => {
    const swapped = swapKlArguments(log(q), p, false);
    const { output } = evaluateLoss('KLDivLoss', swapped, { reduction: 'sum' });
    expect(output).toBeCloseTo(kl(q, p), 12);
    expect(kl(q, p)).not.toBeCloseTo(kl(p, q), 3);
  });

  it('exchanges the two tensors with log_target=True', () => {
    const swapped = swapKlArguments(log(q), log(p), true);
    expect(swapped).toEqual({ input: log(p), target: log(q) });
    const { output } = evaluateLoss('KLDivLoss', swapped, { reduction: 'sum', log_target: true });
    expect(output).toBeCloseTo(kl(q, p), 12);
  });

  it('makes the reverse divergence infinite where the target had a zero', () => {
    const swapped = swapKlArguments([Math.log(0.5), Math.log(0.5)], [1, 0], false);
    const { output } = evaluateLoss('KLDivLoss', swapped, { reduction: 'sum' });
    expect(output).toBe(Number.POSITIVE_INFINITY);
    const forward = evaluateLoss(
      'KLDivLoss',
      { input: [Math.log(0.5), Math.log(0.5)], target: [1, 0] },
      { reduction: 'sum' },
    );
    expect(forward.output).toBeCloseTo(Math.log(2), 14);
  });
});
