import { describe, expect, it } from 'vitest';
import { evaluateLoss } from '../index.ts';

describe('PoissonNLLLoss', () => {
  it('is exp(x) − y·x for a log-rate x (minus, not plus as the notes print it)', () => {
    const { output, grads } = evaluateLoss('PoissonNLLLoss', { input: 1, target: 2 });
    expect(output).toBeCloseTo(Math.E - 2, 12);
    expect(grads['input']).toBeCloseTo(Math.E - 2, 12);
  });

  it('is x − y·log(x + eps) for a rate x, finite at a rate of 0 thanks to eps', () => {
    const { output, grads } = evaluateLoss(
      'PoissonNLLLoss',
      { input: [0, 2], target: [3, 3] },
      { log_input: false, reduction: 'none' },
    );
    const [atZero, atTwo] = output as number[];
    expect(atZero).toBeCloseTo(-3 * Math.log(1e-8), 9);
    expect(atTwo).toBeCloseTo(2 - 3 * Math.log(2 + 1e-8), 12);
    expect((grads['input'] as number[])[0]).toBeCloseTo(1 - 3 / 1e-8, 0);
  });

  it('adds the Stirling term only where target > 1, and never changes the gradient', () => {
    const inputs = { input: [0.5, 0.5, 0.5], target: [0, 1, 2] };
    const plain = evaluateLoss('PoissonNLLLoss', inputs, { reduction: 'none' });
    const full = evaluateLoss('PoissonNLLLoss', inputs, { reduction: 'none', full: true });
    const added = (full.output as number[]).map(
      (v, i) => v - ((plain.output as number[])[i] ?? NaN),
    );
    expect(added[0]).toBe(0);
    expect(added[1]).toBe(0);
    expect(added[2]).toBeCloseTo(2 * Math.log(2) - 2 + 0.5 * Math.log(4 * Math.PI), 12);
    expect(full.grads).toEqual(plain.grads);
  });

  it('is smallest where the rate equals the count', () => {
    const at = (x: number): number =>
      evaluateLoss('PoissonNLLLoss', { input: x, target: 4 }).output as number;
    expect(at(Math.log(4))).toBeLessThan(at(Math.log(4) - 0.1));
    expect(at(Math.log(4))).toBeLessThan(at(Math.log(4) + 0.1));
  });
});

describe('PoissonNLLLoss argument name', () => {
  it("accepts forward()'s own name log_input as well as input, and keys the gradient alike", () => {
    const byInput = evaluateLoss('PoissonNLLLoss', { input: [0.5, 1], target: [1, 2] });
    const byLogInput = evaluateLoss('PoissonNLLLoss', { log_input: [0.5, 1], target: [1, 2] });
    expect(byLogInput.output).toBe(byInput.output);
    expect(byLogInput.grads['log_input']).toEqual(byInput.grads['input']);
    expect(() =>
      evaluateLoss('PoissonNLLLoss', { input: [1], log_input: [1], target: [1] }),
    ).toThrow(/multiple values/);
  });
});

describe('PoissonNLLLoss at the edge of overflow', () => {
  it('scales exp(x) and y separately, as autograd does, so the mean gradient stays finite', () => {
    // exp(709.7) − (−1.6e308) overflows; 0.5·exp(709.7) − 0.5·(−1.6e308) does not.
    const { output, grads } = evaluateLoss('PoissonNLLLoss', {
      input: [709.7, 0],
      target: [-1.6e308, 0],
    });
    expect(output).toBe(Infinity);
    const [g0, g1] = grads['input'] as number[];
    expect(Math.abs((g0 ?? 0) / 1.6274920138401323e308 - 1)).toBeLessThan(1e-12);
    expect(g1).toBe(0.5);
  });
});
