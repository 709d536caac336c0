import { describe, expect, it } from 'vitest';
import { evaluateLoss, LossInputError } from '../index.ts';
import { randomLogProbs } from '../testing/ctcSupport.ts';
import { ctcLattice } from './lattice.ts';

const ctc = (inputs: Record<string, unknown>, options: Record<string, unknown> = {}) =>
  evaluateLoss('CTCLoss', inputs, options);

const lp = randomLogProbs(6, 4, 11);

describe('CTCLoss facts worth teaching', () => {
  it('with T equal to the target length and no repeats there is one path: −Σ log p_t(y_t)', () => {
    const { output } = ctc(
      { log_probs: lp, targets: [3, 1, 2, 1, 3, 2], input_lengths: 6, target_lengths: 6 },
      { reduction: 'none' },
    );
    const direct = -[3, 1, 2, 1, 3, 2].reduce((acc, c, t) => acc + (lp[t]?.[c] ?? 0), 0);
    expect(output as number).toBeCloseTo(direct, 12);
  });

  it('an empty target is the all-blank path: −Σ log p_t(blank)', () => {
    const { output } = ctc(
      { log_probs: lp, targets: [], input_lengths: 6, target_lengths: 0 },
      { reduction: 'none', blank: 2 },
    );
    expect(output as number).toBeCloseTo(-lp.reduce((acc, row) => acc + (row[2] ?? 0), 0), 12);
  });

  it('a repeated label needs a blank between: "1 1" is impossible in 2 frames, one path in 3', () => {
    const two = ctc(
      { log_probs: lp.slice(0, 2), targets: [1, 1], input_lengths: 2, target_lengths: 2 },
      { reduction: 'none' },
    );
    expect(two.output).toBe(Number.POSITIVE_INFINITY);
    const three = ctc(
      { log_probs: lp.slice(0, 3), targets: [1, 1], input_lengths: 3, target_lengths: 2 },
      { reduction: 'none' },
    );
    const onlyPath = -((lp[0]?.[1] ?? 0) + (lp[1]?.[0] ?? 0) + (lp[2]?.[1] ?? 0));
    expect(three.output as number).toBeCloseTo(onlyPath, 12);
  });

  it('with uniform probabilities the loss is T·log C − log(number of alignments)', () => {
    const uniform = Array.from({ length: 8 }, () => new Array<number>(5).fill(-Math.log(5)));
    const target = [1, 2, 2, 4];
    const { output } = ctc(
      { log_probs: uniform, targets: target, input_lengths: 8, target_lengths: 4 },
      { reduction: 'none' },
    );
    const count = Number(ctcLattice(uniform, target).alignmentCount);
    expect(output as number).toBeCloseTo(8 * Math.log(5) - Math.log(count), 12);
  });

  it("'mean' divides each loss by its target length (at least 1), then averages", () => {
    const batch = [0, 1, 2, 3, 4, 5].map((t) => [lp[t] ?? [], lp[5 - t] ?? []]);
    const inputs = {
      log_probs: batch,
      targets: [
        [1, 2, 3],
        [0, 0, 0],
      ],
      input_lengths: [6, 5],
      target_lengths: [3, 0],
    };
    const none = ctc(inputs, { reduction: 'none' }).output as number[];
    const mean = ctc(inputs, { reduction: 'mean' }).output as number;
    expect(mean).toBeCloseTo(((none[0] ?? 0) / 3 + (none[1] ?? 0) / 1) / 2, 12);
  });

  it('the logit gradient of each used frame sums to 0, and later frames get none', () => {
    const { grads } = ctc(
      { log_probs: lp, targets: [1, 2], input_lengths: 4, target_lengths: 2 },
      { reduction: 'sum' },
    );
    const g = grads['log_probs'] as number[][];
    g.slice(0, 4).forEach((row) => expect(row.reduce((a, b) => a + b, 0)).toBeCloseTo(0, 14));
    expect(g.slice(4).flat()).toEqual(new Array<number>(8).fill(0));
  });

  it('zero_infinity turns an impossible loss and its gradient into 0 (NaN gradient without it)', () => {
    const inputs = { log_probs: lp, targets: [1, 1, 2, 2], input_lengths: 5, target_lengths: 4 };
    const off = ctc(inputs, { reduction: 'sum' });
    expect(off.output).toBe(Number.POSITIVE_INFINITY);
    expect((off.grads['log_probs'] as number[][])[0]?.every(Number.isNaN)).toBe(true);
    const on = ctc(inputs, { reduction: 'sum', zero_infinity: true });
    expect(on.output).toBe(0);
    expect((on.grads['log_probs'] as number[][]).flat().every((v) => v === 0)).toBe(true);
  });
});

describe('CTCLoss refuses, naming the value, where PyTorch 1.13 would read out of bounds', () => {
  const base = { log_probs: lp, targets: [1, 2], input_lengths: 6, target_lengths: 2 };
  it.each([
    [{ targets: [1, 4] }, /target 4 .* out of bounds for C = 4/],
    [{ targets: [-1, 2] }, /target -1 .* out of bounds/],
    [{ input_lengths: 0 }, /input_lengths\[0\] = 0/],
    [{ input_lengths: -2 }, /input_lengths\[0\] = -2 is negative/],
    [{ target_lengths: -1, targets: [] }, /target_lengths\[0\] = -1 is negative/],
    [{ input_lengths: 7 }, /input_lengths\[0\] = 7 exceeds .* T = 6/],
    [{ target_lengths: 3 }, /1-D .* 2 labels, but target_lengths sum to 3/],
    [{ targets: [1.5, 2] }, /targets must hold integers/],
  ])('%o', (change, message) => {
    expect(() => ctc({ ...base, ...change })).toThrow(LossInputError);
    expect(() => ctc({ ...base, ...change })).toThrow(message);
  });

  it('names a blank outside [0, C)', () => {
    expect(() => ctc(base, { blank: 4 })).toThrow(/blank = 4 .* C = 4/);
  });

  it('has no legacy size_average flag, like PyTorch', () => {
    expect(() => ctc(base, { size_average: false })).toThrow(
      /unexpected keyword argument 'size_average'/,
    );
  });

  it('ignores the padding after each target, as PyTorch does', () => {
    const padded = { ...base, targets: [[1, 2, 99, -5]], input_lengths: [6], target_lengths: [2] };
    const plain = { ...base, targets: [[1, 2]], input_lengths: [6], target_lengths: [2] };
    expect(ctc({ ...padded, log_probs: lp.map((row) => [row]) }).output).toBe(
      ctc({ ...plain, log_probs: lp.map((row) => [row]) }).output,
    );
  });
});

describe('CTCLoss lengths', () => {
  it('refuses a length too large to be real rather than wrapping it around', () => {
    const inputs = { log_probs: lp, targets: [1], input_lengths: 2 ** 32 + 5, target_lengths: 1 };
    expect(() => ctc(inputs)).toThrow(/input_lengths\[0\] = 4294967301 is too large/);
  });
});

describe('CTCLoss at extreme log-probabilities', () => {
  it('a probability of exactly 0 makes the logits gradient of its whole frame NaN, as in PyTorch', () => {
    const n = -Infinity;
    const { output, grads } = ctc(
      {
        log_probs: [[[0, n, n]], [[n, 0, n]], [[n, n, 0]]],
        targets: [[1, 2]],
        input_lengths: [3],
        target_lengths: [2],
      },
      { reduction: 'none' },
    );
    expect(output).toEqual([-0]);
    // PyTorch's kernel computes exp(−inf + nll + inf) = NaN there; log_softmax's backward
    // then spreads the NaN over the frame.
    expect((grads['log_probs'] as number[][][]).flat(2).every(Number.isNaN)).toBe(true);
  });

  it('logits of ±1e300: tied alignments each get occupancy 1, and log_softmax moves it back', () => {
    // log_softmax of ±1e300 spikes: 0 on the spike, −2e300 elsewhere. Frame 0 of this target
    // has two equally likely states (classes 0 and 1), and log 2 vanishes beside 4e300.
    const spike = (c: number): number[] => [0, 1, 2, 3].map((k) => (k === c ? 0 : -2e300));
    const { grads } = ctc(
      {
        log_probs: [2, 2, 0, 1, 0].map((c) => spike(c)),
        targets: [1, 1],
        input_lengths: 5,
        target_lengths: 2,
      },
      { reduction: 'none' },
    );
    // PyTorch: kernel row [−1, −1, 1, 0], then logits gradient [−1, −1, 2, 0].
    expect((grads['log_probs'] as number[][])[0]).toEqual([-1, -1, 2, 0]);
  });
});
