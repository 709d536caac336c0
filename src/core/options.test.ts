import { describe, expect, it } from 'vitest';
import { LossInputError } from './LossInputError.ts';
import type { LossMeta } from './meta.ts';
import { resolveOptions } from './options.ts';

const meta = (nullable: boolean): LossMeta => ({
  name: 'FakeLoss',
  family: 'embedding',
  summary: { en: '', zh: '' },
  arguments: [],
  keywords: [
    {
      name: 'distance_function',
      kind: 'choice',
      default: 'pairwise',
      choices: ['pairwise', 'cosine'],
      ...(nullable ? { nullable: true } : {}),
      doc: { en: '', zh: '' },
    },
  ],
});

describe('choice keywords', () => {
  it('a nullable choice accepts null (PyTorch None) as well as its choices', () => {
    expect(
      resolveOptions(meta(true), { distance_function: null }).stringOrNull('distance_function'),
    ).toBeNull();
    expect(
      resolveOptions(meta(true), { distance_function: 'cosine' }).stringOrNull('distance_function'),
    ).toBe('cosine');
    expect(resolveOptions(meta(true)).stringOrNull('distance_function')).toBe('pairwise');
  });

  it('a plain choice refuses null, and neither accepts values outside its choices', () => {
    expect(() => resolveOptions(meta(false), { distance_function: null })).toThrow(LossInputError);
    expect(() => resolveOptions(meta(true), { distance_function: 'euclid' })).toThrow(
      /"euclid" is not a valid value \(expected one of 'pairwise', 'cosine'\)/,
    );
  });
});

describe('legacy size_average / reduce flags', () => {
  const base = meta(true);
  const withReduction: LossMeta = {
    ...base,
    keywords: [
      ...base.keywords,
      {
        name: 'reduction',
        kind: 'reduction',
        default: 'mean',
        choices: ['none', 'mean', 'sum'],
        doc: { en: '', zh: '' },
      },
    ],
  };

  it('fold into reduction where the PyTorch class still takes them', () => {
    expect(resolveOptions(withReduction, { size_average: false }).string('reduction')).toBe('sum');
    expect(resolveOptions(withReduction, { reduce: false }).string('reduction')).toBe('none');
  });

  it('replace reduction without validating it, as _Loss.__init__ does', () => {
    const opts = { reduction: 'not a reduction', size_average: false };
    expect(resolveOptions(withReduction, opts).string('reduction')).toBe('sum');
    expect(() => resolveOptions(withReduction, { reduction: 'not a reduction' })).toThrow(
      LossInputError,
    );
    expect(() =>
      resolveOptions(withReduction, { reduction: 'not a reduction', size_average: null }),
    ).toThrow(LossInputError);
  });

  it('are unexpected keywords for classes that never had them', () => {
    expect(() =>
      resolveOptions({ ...withReduction, legacyReductionFlags: false }, { size_average: false }),
    ).toThrow("FakeLoss.__init__() got an unexpected keyword argument 'size_average'");
  });
});

describe('integer keywords', () => {
  it('refuse values outside int64, as PyTorch does ("Overflow when unpacking long")', () => {
    const m: LossMeta = {
      name: 'FakeLoss',
      family: 'probabilistic',
      summary: { en: '', zh: '' },
      arguments: [],
      keywords: [
        {
          name: 'ignore_index',
          kind: 'number',
          default: -100,
          min: -100,
          max: 9,
          step: 1,
          integer: true,
          doc: { en: '', zh: '' },
        },
      ],
    };
    expect(() => resolveOptions(m, { ignore_index: 2 ** 63 })).toThrow(/ignore_index.*Overflow/);
    expect(() => resolveOptions(m, { ignore_index: -1e20 })).toThrow(LossInputError);
    expect(resolveOptions(m, { ignore_index: -(2 ** 63) }).number('ignore_index')).toBe(-(2 ** 63));
  });
});

describe('keyword values of any JS type', () => {
  it('a BigInt or a self-containing list is refused with a message, not a TypeError', () => {
    const cyclic: unknown[] = [];
    cyclic.push(cyclic);
    for (const bad of [10n, cyclic, Number.NaN]) {
      expect(() => resolveOptions(meta(true), { distance_function: bad })).toThrow(LossInputError);
    }
    expect(() => resolveOptions(meta(true), { distance_function: 10n })).toThrow(
      /distance_function: 10n is not a valid value/,
    );
  });
});
