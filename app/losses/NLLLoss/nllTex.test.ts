import { describe, expect, it } from 'vitest';
import { classBreakdown } from '../../../src/index.ts';
import { nllStepTex } from './nllTex.ts';

describe('nllStepTex', () => {
  it('writes −w·x of the target entry, or why it is 0', () => {
    const b = classBreakdown(
      'NLLLoss',
      {
        input: [
          [-0.5, -1],
          [-2, -0.25],
        ],
        target: [1, -100],
      },
      { weight: [1, 3] },
    );
    const [first, second] = b.positions;
    if (!first || !second) throw new Error('missing positions');
    expect(nllStepTex(first, true, -100)).toBe(
      String.raw`\ell = -w_{1}\, x_{1} = -3 \cdot (-1) = 3`,
    );
    expect(nllStepTex(first, false, -100)).toContain(String.raw`-x_{1} = -(-1)`);
    expect(nllStepTex(second, true, -100)).toContain(String.raw`y = -100 = \text{ignore\_index}`);
  });
});
