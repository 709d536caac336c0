import { describe, expect, it } from 'vitest';
import { LossInputError } from './LossInputError.ts';
import { tensorFromNested } from './tensor.ts';

describe('tensorFromNested', () => {
  it('reads a nested list row-major, and a plain number as 0-d', () => {
    const t = tensorFromNested(
      [
        [1, 2],
        [3, 4],
      ],
      'input',
    );
    expect(t.shape).toEqual([2, 2]);
    expect([...t.data]).toEqual([1, 2, 3, 4]);
    expect(tensorFromNested(5, 'input').shape).toEqual([]);
  });

  it('refuses a 10^6-element ragged list, naming the argument and the dimension', () => {
    const ragged: unknown[] = new Array<unknown>(1e6).fill([1, 2]);
    ragged[ragged.length - 1] = [1];
    expect(() => tensorFromNested(ragged, 'target')).toThrow(
      /target: expected sequence of length 2 at dim 1 \(got 1\)/,
    );
  });

  it('refuses lists deeper than torch.tensor takes (128), and a list that contains itself', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 129; i++) deep = [deep];
    expect(() => tensorFromNested(deep, 'input')).toThrow(/input: too many dimensions/);
    let ok: unknown = 1;
    for (let i = 0; i < 128; i++) ok = [ok];
    expect(tensorFromNested(ok, 'input').shape).toHaveLength(128);
    // Following its first element would never end: it is refused at depth 128 instead.
    const cyclic: unknown[] = [];
    cyclic.push(cyclic);
    expect(() => tensorFromNested(cyclic, 'input')).toThrow(LossInputError);
  });

  it('refuses a sparse list claiming 2^32 − 1 elements before allocating for it', () => {
    const sparse: number[] = [1];
    sparse.length = 2 ** 32 - 1;
    expect(() => tensorFromNested(sparse, 'var')).toThrow(/var: .*4294967295 numbers/);
    // A small list with a hole is refused at the hole.
    expect(() => tensorFromNested([1, , 3], 'input')).toThrow(/got undefined/); // eslint-disable-line no-sparse-arrays
  });
});
