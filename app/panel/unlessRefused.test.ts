import { describe, expect, it } from 'vitest';
import { LossInputError } from '../../src/index.ts';
import { unlessRefused } from './unlessRefused.ts';

describe('unlessRefused', () => {
  it('passes the computed value through', () => {
    expect(unlessRefused(() => 42)).toBe(42);
    expect(unlessRefused(() => [1, 2])).toEqual([1, 2]);
  });

  it('gives null when the core refuses the inputs', () => {
    expect(
      unlessRefused(() => {
        throw new LossInputError('refused');
      }),
    ).toBeNull();
  });

  it('rethrows any other error', () => {
    const bug = new TypeError('a bug');
    expect(() =>
      unlessRefused(() => {
        throw bug;
      }),
    ).toThrow(bug);
  });
});
