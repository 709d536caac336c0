import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateLoss, listLosses, LossInputError, type NestedNumbers } from './index.ts';
import type { LossCall } from './testing/generators.ts';
import { VALID_CALLS } from './testing/validCalls.ts';
import {
  genericMalformed,
  hugeMalformed,
  namesOneOf,
  type Malformed,
} from './testing/fuzz/malformed.ts';
import { SPECIFIC_MALFORMED } from './testing/fuzz/malformedShapes.ts';
import { MAY_BE_NON_FINITE } from './testing/fuzz/nonFinite.ts';
import { flatten } from './testing/fuzz/values.ts';
import { WILD_CLASSES } from './testing/fuzz/wildClasses.ts';
import { WILD_POINTWISE } from './testing/fuzz/wildPointwise.ts';
import { WILD_SEQUENCES } from './testing/fuzz/wildSequences.ts';

/**
 * Fuzzing the public contract: thousands of random calls per loss, seeded so every run is the
 * same. Valid calls must give finite outputs and gradients except where PyTorch is non-finite
 * too (testing/fuzz/nonFinite.ts says where, loss by loss); malformed calls must throw a
 * LossInputError that names the culprit; nothing may throw anything else, or hang.
 */
const SEED = 20261128;
const RUNS = { valid: 300, wild: 700, nonFinite: 500, malformed: 800, specific: 400 };

const WILD: Readonly<Record<string, fc.Arbitrary<LossCall>>> = {
  ...WILD_POINTWISE,
  ...WILD_CLASSES,
  ...WILD_SEQUENCES,
};

const losses = listLosses();

const sample = (arb: fc.Arbitrary<LossCall>): LossCall =>
  fc.sample(arb, { seed: SEED, numRuns: 1 })[0] ?? { inputs: {}, options: {} };

/** JSON with inf and NaN spelled out, for failure messages. */
const show = (v: unknown): string =>
  JSON.stringify(v, (_k, x: unknown) =>
    typeof x === 'number' && !Number.isFinite(x) ? String(x) : x,
  );

function nonFiniteValues(name: string, call: LossCall): string | null {
  const { output, grads } = evaluateLoss(name, call.inputs, call.options);
  const bad = [
    ['output', output] as const,
    ...Object.entries(grads).map(([k, g]) => [`grad ${k}`, g] as const),
  ].filter(([, v]) => !flatten(v).every(Number.isFinite));
  return bad.length === 0 ? null : bad.map(([k, v]) => `${k} = ${show(v)}`).join('; ');
}

/** Runs a malformed call; returns what is wrong with the way it was refused, or null. */
function refusalProblem(name: string, m: Malformed): string | null {
  let result: unknown;
  try {
    result = evaluateLoss(name, m.inputs, m.options);
  } catch (err) {
    if (!(err instanceof LossInputError))
      return `${m.kind}: threw ${String(err)}, not a LossInputError`;
    if (err.message.trim() === '') return `${m.kind}: empty message`;
    if (!namesOneOf(err.message, m.names))
      return `${m.kind}: message names none of ${m.names.join(', ')}: ${err.message}`;
    return null;
  }
  return `${m.kind}: returned ${show(result).slice(0, 120)} instead of refusing`;
}

/** The call with one float of one argument replaced by inf, −inf or NaN. */
const withNonFinite = (call: LossCall, pick: number, value: number): LossCall => {
  const floats = Object.keys(call.inputs).filter(
    (k) => !['targets', 'input_lengths', 'target_lengths'].includes(k),
  );
  const arg = floats[pick % floats.length] ?? 'input';
  const size = flatten(call.inputs[arg]).length;
  if (size === 0) return call;
  let i = 0;
  const target = pick % size;
  const walk = (v: NestedNumbers): NestedNumbers =>
    typeof v === 'number' ? (i++ === target ? value : v) : v.map(walk);
  const x = call.inputs[arg];
  return x === undefined ? call : { ...call, inputs: { ...call.inputs, [arg]: walk(x) } };
};

describe.each(losses.map((m) => [m.name, m] as const))('fuzzing %s', (name, meta) => {
  const valid = VALID_CALLS[name] ?? fc.constant({ inputs: {}, options: {} });
  const wild = WILD[name] ?? valid;
  const mayBeNonFinite = MAY_BE_NON_FINITE[name] ?? (() => true);

  it('has a wild generator, a non-finite predicate and malformed cases', () => {
    expect(WILD[name]).toBeDefined();
    expect(MAY_BE_NON_FINITE[name]).toBeDefined();
    expect(SPECIFIC_MALFORMED[name]).toBeDefined();
  });

  it('valid calls: finite unless PyTorch is non-finite too', () => {
    fc.assert(
      fc.property(fc.oneof(valid, wild), (call) => {
        const bad = nonFiniteValues(name, call);
        if (bad !== null) expect(mayBeNonFinite(call), bad).toBe(true);
      }),
      { seed: SEED, numRuns: RUNS.valid + RUNS.wild },
    );
  });

  it('inf and nan inputs: a result or a LossInputError, nothing else', () => {
    fc.assert(
      fc.property(
        wild,
        fc.nat(),
        fc.constantFrom(Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, Number.NaN),
        (call, pick, value) => {
          const poisoned = withNonFinite(call, pick, value);
          try {
            evaluateLoss(name, poisoned.inputs, poisoned.options);
          } catch (err) {
            expect(err).toBeInstanceOf(LossInputError);
          }
        },
      ),
      { seed: SEED, numRuns: RUNS.nonFinite },
    );
  });

  it('malformed calls: LossInputError naming the argument or keyword', () => {
    fc.assert(
      fc.property(genericMalformed(meta, fc.oneof(valid, wild)), (m) => {
        expect(refusalProblem(name, m)).toBeNull();
      }),
      { seed: SEED, numRuns: RUNS.malformed },
    );
    const specific = SPECIFIC_MALFORMED[name];
    if (!specific) return;
    fc.assert(
      fc.property(specific, (m) => {
        expect(refusalProblem(name, m)).toBeNull();
      }),
      { seed: SEED, numRuns: RUNS.specific },
    );
  });

  it('huge and pathological lists are refused quickly', () => {
    for (const m of hugeMalformed(meta, sample(valid))) expect(refusalProblem(name, m)).toBeNull();
  });

  it('garbage in place of the inputs or options object is refused', () => {
    const call = sample(valid);
    for (const bad of [null, [], 'input', 42, true]) {
      expect(() => evaluateLoss(name, bad as never, call.options)).toThrow(LossInputError);
      expect(() => evaluateLoss(name, call.inputs, bad as never)).toThrow(LossInputError);
    }
  });
});
