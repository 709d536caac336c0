import { describe, expect, it } from 'vitest';
import { evaluateLoss, LossInputError, sampleCurveAlong } from '../index.ts';

const TOL = 1e-12;

function logSoftmaxRow(row: number[]): number[] {
  const max = Math.max(...row);
  const lse = Math.log(row.reduce((s, v) => s + Math.exp(v - max), 0));
  return row.map((v) => v - max - lse);
}

const x = [
  [1.5, -0.5, 0.25, 2.0],
  [0.0, 3.0, -1.0, 0.5],
  [-2.0, 0.75, 1.0, 1.25],
];

describe('CrossEntropyLoss', () => {
  it('equals NLLLoss applied to log_softmax', () => {
    const target = [3, 1, 0];
    const ce = evaluateLoss('CrossEntropyLoss', { input: x, target }, { reduction: 'none' });
    const nll = evaluateLoss(
      'NLLLoss',
      { input: x.map(logSoftmaxRow), target },
      { reduction: 'none' },
    );
    (ce.output as number[]).forEach((v, i) =>
      expect(v).toBeCloseTo((nll.output as number[])[i] ?? NaN, 12),
    );
  });

  it('gives log C for equal logits, and gradient softmax − one-hot', () => {
    const r = evaluateLoss('CrossEntropyLoss', { input: [0, 0, 0, 0, 0], target: 2 });
    expect(Math.abs((r.output as number) - Math.log(5))).toBeLessThan(TOL);
    expect(r.grads['input']).toEqual([0.2, 0.2, -0.8, 0.2, 0.2].map((v) => expect.closeTo(v, 12)));
  });

  it('stays finite at logits of ±1000 (log-softmax shifts by the row maximum)', () => {
    const r = evaluateLoss(
      'CrossEntropyLoss',
      { input: [[1000, -1000, 0]], target: [1] },
      { reduction: 'none' },
    );
    expect((r.output as number[])[0]).toBeCloseTo(2000, 9);
    expect(r.grads['input']).toEqual([[1, -1, 0].map((v) => expect.closeTo(v, 12))]);
  });

  it("weighted 'mean' divides by the summed weights of the targets, not by N", () => {
    const target = [3, 1, 0];
    const weight = [0.5, 2, 1, 4];
    const none = evaluateLoss(
      'CrossEntropyLoss',
      { input: x, target },
      { reduction: 'none', weight },
    ).output as number[];
    const mean = evaluateLoss('CrossEntropyLoss', { input: x, target }, { weight })
      .output as number;
    const sumW = 4 + 2 + 0.5;
    expect(Math.abs(mean - none.reduce((a, b) => a + b, 0) / sumW)).toBeLessThan(TOL);
  });

  it('a one-hot probability target equals the class-index target', () => {
    const byIndex = evaluateLoss('CrossEntropyLoss', { input: x, target: [3, 1, 0] });
    const oneHot = [
      [0, 0, 0, 1],
      [0, 1, 0, 0],
      [1, 0, 0, 0],
    ];
    const byProbs = evaluateLoss('CrossEntropyLoss', { input: x, target: oneHot });
    expect(Math.abs((byIndex.output as number) - (byProbs.output as number))).toBeLessThan(TOL);
  });

  it('label_smoothing ε equals the probability target (1 − ε)·one-hot + ε/C', () => {
    const eps = 0.2;
    const smoothed = evaluateLoss(
      'CrossEntropyLoss',
      { input: x, target: [3, 1, 0] },
      { label_smoothing: eps, reduction: 'none' },
    ).output as number[];
    const soft = [3, 1, 0].map((t) => [0, 1, 2, 3].map((c) => (c === t ? 1 - eps : 0) + eps / 4));
    const probs = evaluateLoss(
      'CrossEntropyLoss',
      { input: x, target: soft },
      { reduction: 'none' },
    ).output as number[];
    smoothed.forEach((v, i) => expect(v).toBeCloseTo(probs[i] ?? NaN, 12));
  });

  it('treats a negative label_smoothing as 0, as PyTorch does, and refuses one above 1', () => {
    const plain = evaluateLoss('CrossEntropyLoss', { input: x, target: [3, 1, 0] });
    const negative = evaluateLoss(
      'CrossEntropyLoss',
      { input: x, target: [3, 1, 0] },
      { label_smoothing: -0.3 },
    );
    expect(negative.output).toBe(plain.output);
    expect(() =>
      evaluateLoss('CrossEntropyLoss', { input: x, target: [3, 1, 0] }, { label_smoothing: 1.1 }),
    ).toThrow(/label_smoothing must be between 0.0 and 1.0. Got: 1.1/);
  });

  it("returns NaN for a 'mean' over targets that are all ignored, with zero gradient", () => {
    const r = evaluateLoss('CrossEntropyLoss', { input: x, target: [-100, -100, -100] });
    expect(r.output).toBeNaN();
    for (const row of r.grads['input'] as number[][]) for (const g of row) expect(g).toBe(0);
  });

  it('names the bad class index and the number of classes', () => {
    expect(() => evaluateLoss('CrossEntropyLoss', { input: x, target: [3, 5, 0] })).toThrow(
      LossInputError,
    );
    expect(() => evaluateLoss('CrossEntropyLoss', { input: x, target: [3, 5, 0] })).toThrow(
      /Target 5 is out of bounds.*4 classes/,
    );
    expect(() => evaluateLoss('CrossEntropyLoss', { input: x, target: [3, 1] })).toThrow(
      'Expected input batch_size (3) to match target batch_size (2).',
    );
    expect(() => evaluateLoss('CrossEntropyLoss', { input: x, target: [0.5, 1, 0] })).toThrow(
      /integers/,
    );
  });

  it('a probability row of zeros has a gradient of +0s, as PyTorch prints it (not -0.0000)', () => {
    // −(log p · t) back through log_softmax: g = −0 per class, Σ g = −0 (vec::reduce_all
    // starts from the first value), and −0 − p · (−0) = +0.
    const { grads } = evaluateLoss(
      'CrossEntropyLoss',
      {
        input: [
          [1, -3],
          [-1.5, 1],
        ],
        target: [
          [0, 0],
          [0, 0.1],
        ],
      },
      { reduction: 'none' },
    );
    const row = (grads['input'] as number[][])[0] ?? [];
    expect(row.map((v) => Object.is(v, 0))).toEqual([true, true]);
  });

  it('refuses ignore_index ≥ 0 with class-probability targets', () => {
    const probs = x.map(() => [0.25, 0.25, 0.25, 0.25]);
    expect(() =>
      evaluateLoss('CrossEntropyLoss', { input: x, target: probs }, { ignore_index: 0 }),
    ).toThrow(/ignore_index is not supported for floating point target/);
  });

  it('keeps the class dimension at dim 1 for (N, C, d1) inputs', () => {
    // Two positions per sample: the softmax runs over dim 1, not over the last dim.
    const input = [
      [
        [1, -1],
        [0, 2],
        [3, 0.5],
      ],
    ];
    const r = evaluateLoss('CrossEntropyLoss', { input, target: [[2, 1]] }, { reduction: 'none' });
    const first = -(logSoftmaxRow([1, 0, 3])[2] ?? NaN);
    const second = -(logSoftmaxRow([-1, 2, 0.5])[1] ?? NaN);
    expect(r.output).toEqual([[expect.closeTo(first, 12), expect.closeTo(second, 12)]]);
  });

  it('sampleCurveAlong sweeps the target logit: loss log(1 + Σ e^(x_j − x_t)), slope p_t − 1', () => {
    const others = [0.5, -1];
    const curve = sampleCurveAlong('CrossEntropyLoss', {
      inputs: { input: [0, ...others], target: 0 },
      argument: 'input',
      index: 0,
      from: -4,
      to: 4,
      points: 9,
    });
    expect(Array.from(curve.x)).toEqual([-4, -3, -2, -1, 0, 1, 2, 3, 4]);
    curve.x.forEach((xt, i) => {
      const rest = others.reduce((s, v) => s + Math.exp(v - xt), 0);
      expect(curve.loss[i]).toBeCloseTo(Math.log1p(rest), 12);
      expect(curve.grad[i]).toBeCloseTo(1 / (1 + rest) - 1, 12);
      // Raising the right logit always helps, and the slope lies in (−1, 0).
      if (i > 0) expect(curve.loss[i]).toBeLessThan(curve.loss[i - 1] ?? NaN);
      expect(curve.grad[i]).toBeGreaterThan(-1);
      expect(curve.grad[i]).toBeLessThan(0);
    });
  });
});
