import { describe, expect, it } from 'vitest';
import fixture from '../fixtures/softmax.json';
import { logSoftmax, logSumExp, softmax } from '../index.ts';
import { decode, mismatch } from '../testing/golden.ts';

const RTOL = 1e-12;
const ATOL = 1e-15;

describe('softmax helpers against PyTorch (scripts/golden/softmax.py)', () => {
  for (const c of fixture.cases) {
    const v = decode(c.vector) as number[];
    it(`[${v.join(', ')}]`, () => {
      expect(mismatch(logSoftmax(v), decode(c.logSoftmax), RTOL, ATOL, 'log_softmax')).toBeNull();
      expect(mismatch(softmax(v), decode(c.softmax), RTOL, ATOL, 'softmax')).toBeNull();
      expect(mismatch(logSumExp(v), decode(c.logSumExp), RTOL, ATOL, 'logsumexp')).toBeNull();
    });
  }

  it('x − logSumExp(x) is log_softmax(x)', () => {
    const x = [0.3, -1.2, 4];
    const lse = logSumExp(x);
    logSoftmax(x).forEach((lp, i) => expect(lp).toBeCloseTo((x[i] ?? 0) - lse, 14));
  });

  it('an empty vector gives empty results and logSumExp −∞', () => {
    expect(logSoftmax([])).toEqual([]);
    expect(softmax([])).toEqual([]);
    expect(logSumExp([])).toBe(Number.NEGATIVE_INFINITY);
  });
});
