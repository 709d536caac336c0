import { describe, expect, it } from 'vitest';
import { classReductionTex } from './classReductionTex.ts';

const positions = [
  { loss: 0.5, weight: 2, ignored: false },
  { loss: 0, weight: 0, ignored: true },
  { loss: 1.5, weight: 1, ignored: false },
];

describe('classReductionTex', () => {
  it('writes the weighted mean with counted positions only', () => {
    const tex = classReductionTex('mean', positions, 2 / 3);
    expect(tex).toContain(String.raw`\frac{0.5 + 1.5}{2 + 1} = 0.6667`);
    expect(tex).toContain('(1 ignored)');
  });

  it('shows 0 / 0 = NaN when every position is ignored', () => {
    const tex = classReductionTex('mean', [{ loss: 0, weight: 0, ignored: true }], Number.NaN);
    expect(tex).toContain(String.raw`\frac{0}{0} = \text{NaN}`);
  });

  it('falls back to the plain sum and list', () => {
    expect(classReductionTex('sum', positions, 2)).toContain('0.5 + 0 + 1.5');
    expect(classReductionTex('none', positions, null)).toContain(String.raw`\left[ 0.5, 0, 1.5`);
  });
});
