import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateLoss, listLosses, LossInputError, type NestedNumbers } from './index.ts';
import type { LossCall } from './testing/generators.ts';
import { NON_NEGATIVE, VALID_CALLS } from './testing/validCalls.ts';

const SEED = 20261128;

function flatten(v: NestedNumbers): number[] {
  return typeof v === 'number' ? [v] : v.flatMap(flatten);
}

function setFlat(v: NestedNumbers, index: number, value: number): NestedNumbers {
  let i = 0;
  const walk = (node: NestedNumbers): NestedNumbers =>
    typeof node === 'number' ? (i++ === index ? value : node) : node.map(walk);
  return walk(v);
}

/** log_softmax along the last axis of a nested array. */
function logSoftmaxLastAxis(v: NestedNumbers): NestedNumbers {
  if (typeof v === 'number' || v.length === 0) return v;
  if (typeof v[0] !== 'number') return v.map(logSoftmaxLastAxis);
  const row = v as number[];
  const top = Math.max(...row);
  const logZ = top + Math.log(row.reduce((acc, x) => acc + Math.exp(x - top), 0));
  return row.map((x) => x - logZ);
}

/**
 * CTCLoss reports the gradient with respect to the logits before log_softmax (what PyTorch's
 * kernel computes), so its finite differences move one logit and re-normalise. The generated
 * log_probs are already normalised, so they serve as their own logits.
 */
function perturbed(name: string, arg: string, value: NestedNumbers): NestedNumbers {
  return name === 'CTCLoss' && arg === 'log_probs' ? logSoftmaxLastAxis(value) : value;
}

function total(call: LossCall, name: string): number {
  return flatten(evaluateLoss(name, call.inputs, call.options).output).reduce((a, b) => a + b, 0);
}

const names = listLosses().map((m) => m.name);

describe('every loss has a generator of valid calls', () => {
  it.each(names)('%s', (name) => {
    expect(VALID_CALLS[name], `add ${name} to src/testing/arbitraries.ts`).toBeDefined();
  });
});

describe.each(names.filter((n) => VALID_CALLS[n]))('%s properties', (name) => {
  const calls: fc.Arbitrary<LossCall> =
    VALID_CALLS[name] ?? fc.constant({ inputs: {}, options: {} });

  it('gradients agree with central finite differences', () => {
    fc.assert(
      fc.property(calls, (call) => {
        const { grads } = evaluateLoss(name, call.inputs, call.options);
        for (const [arg, grad] of Object.entries(grads)) {
          const x = call.inputs[arg];
          if (x === undefined) continue;
          const g = flatten(grad);
          flatten(x).forEach((xi, i) => {
            const h = 1e-6 * Math.max(1, Math.abs(xi));
            const plus = total(
              {
                ...call,
                inputs: { ...call.inputs, [arg]: perturbed(name, arg, setFlat(x, i, xi + h)) },
              },
              name,
            );
            const minus = total(
              {
                ...call,
                inputs: { ...call.inputs, [arg]: perturbed(name, arg, setFlat(x, i, xi - h)) },
              },
              name,
            );
            const numeric = (plus - minus) / (2 * h);
            expect(Math.abs((g[i] ?? NaN) - numeric)).toBeLessThanOrEqual(
              1e-4 * Math.max(1, Math.abs(numeric)),
            );
          });
        }
      }),
      { seed: SEED, numRuns: 60 },
    );
  });

  it("'sum' and 'mean' agree with 'none'", () => {
    fc.assert(
      fc.property(calls, (call) => {
        const none = flatten(
          evaluateLoss(name, call.inputs, { ...call.options, reduction: 'none' }).output,
        );
        const sum = evaluateLoss(name, call.inputs, { ...call.options, reduction: 'sum' })
          .output as number;
        const expected = none.reduce((a, b) => a + b, 0);
        expect(Math.abs(sum - expected)).toBeLessThanOrEqual(
          1e-9 * Math.max(1, Math.abs(expected)),
        );
        if (name === 'KLDivLoss' || name === 'CTCLoss') return; // their 'mean' is not plain averaging
        const mean = evaluateLoss(name, call.inputs, { ...call.options, reduction: 'mean' })
          .output as number;
        // With class weights or ignored targets, NLLLoss/CrossEntropyLoss 'mean' divides by the
        // summed weight of the counted targets, not by the number of outputs.
        const weighted =
          (call.options['weight'] !== undefined || call.options['ignore_index'] !== undefined) &&
          (name === 'CrossEntropyLoss' || name === 'NLLLoss');
        if (!weighted)
          expect(Math.abs(mean - expected / none.length)).toBeLessThanOrEqual(
            1e-9 * Math.max(1, Math.abs(mean)),
          );
      }),
      { seed: SEED, numRuns: 60 },
    );
  });

  it('outputs are finite, and non-negative where the loss guarantees it', () => {
    fc.assert(
      fc.property(calls, (call) => {
        for (const v of flatten(evaluateLoss(name, call.inputs, call.options).output)) {
          expect(Number.isFinite(v)).toBe(true);
          if (NON_NEGATIVE.has(name)) expect(v).toBeGreaterThanOrEqual(0);
        }
      }),
      { seed: SEED, numRuns: 60 },
    );
  });

  it('refuses malformed input with LossInputError, never NaN', () => {
    const malformed = fc.oneof(
      fc.constant('not a tensor'),
      fc.constant([[1, 2], [3]]),
      fc.constant([1, 'x']),
      fc.constant({ data: [1] }),
    );
    fc.assert(
      fc.property(calls, malformed, fc.nat(), (call, bad, pick) => {
        const args = Object.keys(call.inputs);
        const target = args[pick % args.length] ?? 'input';
        expect(() => evaluateLoss(name, { ...call.inputs, [target]: bad }, call.options)).toThrow(
          LossInputError,
        );
      }),
      { seed: SEED, numRuns: 30 },
    );
  });
});
