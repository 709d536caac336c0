import fc from 'fast-check';
import { reduction, type LossCall } from '../generators.ts';

function logSoftmax(z: number[]): number[] {
  const top = Math.max(...z);
  const logZ = top + Math.log(z.reduce((acc, v) => acc + Math.exp(v - top), 0));
  return z.map((v) => v - logZ);
}

/** Frames a target needs: one per label, plus a blank between each adjacent equal pair. */
function minFrames(target: readonly number[]): number {
  return target.length + target.filter((c, i) => i > 0 && c === target[i - 1]).length;
}

/** One sequence: a target over the non-blank classes and an input length that can fit it. */
function sequence(
  classes: number,
  blank: number,
): fc.Arbitrary<{ target: number[]; length: number }> {
  const label = fc.integer({ min: 0, max: classes - 2 }).map((c) => (c >= blank ? c + 1 : c));
  return fc
    .record({ target: fc.array(label, { maxLength: 3 }), slack: fc.integer({ min: 0, max: 3 }) })
    .map(({ target, slack }) => ({ target, length: Math.max(1, minFrames(target)) + slack }));
}

/**
 * Valid CTCLoss calls: batched (T, N, C) with padded or concatenated targets, or unbatched
 * (T, C) with 0-d lengths; log_probs are log_softmax of moderate logits, every target fits in
 * its input length (so the loss is finite), and blank is any class.
 */
function ctcCalls(): fc.Arbitrary<LossCall> {
  return fc
    .record({
      classes: fc.integer({ min: 2, max: 5 }),
      batch: fc.integer({ min: 1, max: 3 }),
      batched: fc.boolean(),
      concatenated: fc.boolean(),
      extraFrames: fc.integer({ min: 0, max: 2 }),
    })
    .chain((shape) =>
      fc.integer({ min: 0, max: shape.classes - 1 }).chain((blank) => {
        const n = shape.batched ? shape.batch : 1;
        return fc
          .record({
            sequences: fc.array(sequence(shape.classes, blank), { minLength: n, maxLength: n }),
            reduction,
            zeroInfinity: fc.boolean(),
            seedLogits: fc.array(fc.double({ min: -3, max: 3, noNaN: true }), {
              minLength: 11 * n * shape.classes,
              maxLength: 11 * n * shape.classes,
            }),
          })
          .map(({ sequences, reduction: r, zeroInfinity, seedLogits }) => {
            const frames = Math.max(...sequences.map((s) => s.length)) + shape.extraFrames;
            const row = (t: number, b: number) =>
              logSoftmax(
                Array.from(
                  { length: shape.classes },
                  (_, c) => seedLogits[((t * n + b) * shape.classes + c) % seedLogits.length] ?? 0,
                ),
              );
            const width = Math.max(0, ...sequences.map((s) => s.target.length));
            const padded = sequences.map((s) => [
              ...s.target,
              ...new Array<number>(width - s.target.length).fill(0),
            ]);
            const targets = shape.batched
              ? shape.concatenated
                ? sequences.flatMap((s) => s.target)
                : padded
              : (sequences[0]?.target ?? []);
            const inputLengths = sequences.map((s) => s.length);
            const targetLengths = sequences.map((s) => s.target.length);
            return {
              inputs: {
                log_probs: Array.from({ length: frames }, (_, t) =>
                  shape.batched ? sequences.map((_, b) => row(t, b)) : row(t, 0),
                ),
                targets,
                input_lengths: shape.batched ? inputLengths : (inputLengths[0] ?? 1),
                target_lengths: shape.batched ? targetLengths : (targetLengths[0] ?? 0),
              },
              options: { blank, reduction: r, zero_infinity: zeroInfinity },
            };
          });
      }),
    );
}

export const CTC_CALLS: Readonly<Record<string, fc.Arbitrary<LossCall>>> = {
  CTCLoss: ctcCalls(),
};

/** −log of a probability: never negative when log_probs are normalised. */
export const CTC_NON_NEGATIVE = ['CTCLoss'];
