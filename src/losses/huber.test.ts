import { describe, expect, it } from 'vitest';
import { evaluateLoss, LossInputError, type NestedNumbers } from '../index.ts';

function flat(v: NestedNumbers | undefined): number[] {
  return typeof v === 'number' ? [v] : (v ?? []).flatMap(flat);
}

describe('HuberLoss', () => {
  const inputs = {
    input: [
      [-3, -0.4, 0],
      [0.2, 1.1, 7],
    ],
    target: [
      [0, 0, 0],
      [0.5, 0, 1],
    ],
  };

  it.each([0.1, 0.5, 1, 2.5])('Huber(delta) == delta * SmoothL1(beta=delta) for delta=%s', (d) => {
    const huber = evaluateLoss('HuberLoss', inputs, { reduction: 'none', delta: d });
    const smooth = evaluateLoss('SmoothL1Loss', inputs, { reduction: 'none', beta: d });
    const pairs = [
      [flat(huber.output), flat(smooth.output)],
      [flat(huber.grads['input']), flat(smooth.grads['input'])],
    ] as const;
    for (const [h, s] of pairs) {
      h.forEach((v, i) => expect(v).toBeCloseTo(d * (s[i] ?? NaN), 12));
    }
  });

  it('has tails of slope ±delta', () => {
    const { grads } = evaluateLoss(
      'HuberLoss',
      { input: [10, -10], target: [0, 0] },
      { reduction: 'sum', delta: 0.75 },
    );
    expect(grads['input']).toEqual([0.75, -0.75]);
  });

  it.each([0, -1])('refuses delta=%s, naming it', (delta) => {
    const call = (): unknown => evaluateLoss('HuberLoss', { input: [1], target: [0] }, { delta });
    expect(call).toThrow(LossInputError);
    expect(call).toThrow(`non-positive values for delta (got delta=${delta})`);
  });

  it('refuses the deprecated size_average flag its constructor never had', () => {
    expect(() =>
      evaluateLoss('HuberLoss', { input: [1], target: [0] }, { size_average: false }),
    ).toThrow("unexpected keyword argument 'size_average'");
  });
});
