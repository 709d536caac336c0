import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classBreakdown, evaluateLoss, LossInputError, type NestedNumbers } from '../index.ts';
import { CLASSES_CALLS } from '../testing/calls/classes.ts';

const SEED = 20261128;
const flat = (v: NestedNumbers): number[] => (typeof v === 'number' ? [v] : v.flatMap(flat));

describe('classBreakdown', () => {
  it('takes CrossEntropyLoss apart into log-sum-exp, log-softmax and the picked entry', () => {
    const b = classBreakdown('CrossEntropyLoss', { input: [[2, 1, 0.1]], target: [0] });
    const [row] = b.positions;
    expect(row?.logSumExp).toBeCloseTo(2.4170300162778338, 14);
    expect(row?.logProbs[0]).toBeCloseTo(-0.41703001627783354, 14);
    expect(row?.probs.reduce((s, p) => s + p, 0)).toBeCloseTo(1, 14);
    expect(row?.nll).toBeCloseTo(0.41703001627783354, 14);
    expect(row?.loss).toBeCloseTo(0.41703001627783354, 14);
    expect(b.denominator).toBe(1);
  });

  it('uses the target weights as the denominator of mean and leaves ignored rows out', () => {
    const b = classBreakdown(
      'NLLLoss',
      {
        input: [
          [-0.5, -1],
          [-2, -0.1],
          [-1, -1],
        ],
        target: [0, 1, 1],
      },
      { weight: [2, 3], ignore_index: 0 },
    );
    expect(b.positions.map((p) => p.ignored)).toEqual([true, false, false]);
    expect(b.positions.map((p) => p.weight)).toEqual([0, 3, 3]);
    expect(b.denominator).toBe(6);
    expect(b.positions[1]?.loss).toBeCloseTo(0.3, 14);
    expect(b.positions[0]?.logSumExp).toBeNull();
  });

  it('has denominator 0 when every target is ignored (mean is then NaN)', () => {
    const inputs = {
      input: [
        [0.1, 0.2],
        [0.3, 0.4],
      ],
      target: [1, 1],
    };
    const b = classBreakdown('CrossEntropyLoss', inputs, { ignore_index: 1 });
    expect(b.denominator).toBe(0);
    expect(evaluateLoss('CrossEntropyLoss', inputs, { ignore_index: 1 }).output).toBeNaN();
  });

  it('gives the smoothed target distribution under label smoothing', () => {
    const b = classBreakdown(
      'CrossEntropyLoss',
      { input: [[1, 2, 3, 4]], target: [2] },
      { label_smoothing: 0.2 },
    );
    [0.05, 0.05, 0.85, 0.05].forEach((q, k) =>
      expect(b.positions[0]?.targetProbs?.[k]).toBeCloseTo(q, 14),
    );
  });

  it('recognises probability targets by shape and counts positions', () => {
    const b = classBreakdown('CrossEntropyLoss', {
      input: [
        [1, 2],
        [0, 0],
      ],
      target: [
        [0.25, 0.75],
        [1, 0],
      ],
    });
    expect(b.probabilityTargets).toBe(true);
    expect(b.denominator).toBe(2);
    expect(b.positions[0]?.target).toBeNull();
  });

  it('refuses what the loss refuses', () => {
    expect(() => classBreakdown('NLLLoss', { input: [[0, 0]], target: [5] })).toThrow(
      LossInputError,
    );
  });

  for (const name of ['CrossEntropyLoss', 'NLLLoss'] as const) {
    it(`${name}: parts add up to the loss, and Σ loss / denominator is 'mean'`, () => {
      const calls = CLASSES_CALLS[name];
      if (!calls) throw new Error('missing generator');
      fc.assert(
        fc.property(calls, ({ inputs, options }) => {
          const b = classBreakdown(name, inputs, options);
          const none = flat(evaluateLoss(name, inputs, { ...options, reduction: 'none' }).output);
          const mean = evaluateLoss(name, inputs, { ...options, reduction: 'mean' }).output;
          const sum = evaluateLoss(name, inputs, { ...options, reduction: 'sum' }).output;
          expect(b.lossSum).toBeCloseTo(sum as number, 9);
          expect(b.lossSum / b.denominator).toBeCloseTo(mean as number, 9);
          b.positions.forEach((p, i) => {
            expect(p.loss).toBe(none[i]);
            const eps = b.labelSmoothing;
            const w = (k: number) => {
              const weight = options['weight'] as number[] | undefined;
              return weight ? (weight[k] ?? 0) : 1;
            };
            const fromParts = p.targetProbs
              ? -p.targetProbs.reduce((s, q, k) => s + w(k) * q * (p.logProbs[k] ?? 0), 0)
              : p.nll;
            if (!p.ignored) expect(fromParts).toBeCloseTo(p.loss, 9);
            if (p.target !== null && !p.ignored && eps > 0)
              expect((1 - eps) * p.nll + (eps / b.classes) * p.smooth).toBeCloseTo(p.loss, 9);
          });
        }),
        { seed: SEED, numRuns: 200 },
      );
    });
  }
});
