import { describe, expect, it } from 'vitest';
import { multiMarginTerms } from '../../../src/index.ts';
import { multiMarginTex } from './mmTex.ts';
import { resizeMultiMargin } from './targets.ts';

describe('multiMarginTex', () => {
  it('writes every rival hinge, leaves the target out and divides by C', () => {
    const [s] = multiMarginTerms({ input: [[0.1, 0.2, 0.4, 0.8]], target: [3] }).samples;
    const tex = multiMarginTex(s!, 0, 1, 1, false);
    expect(tex).toContain(String.raw`\max\bigl(0,\ 1 - 0.8 + 0.1\bigr)`);
    expect(tex).not.toContain(String.raw`- 0.8 + 0.8`);
    expect(tex).toContain(String.raw`\frac{1}{4} \bigl[ 0.3 + 0.4 + 0.6 \bigr] = 0.325`);
  });

  it('squares with p = 2 and names the weight of the target class', () => {
    const [s] = multiMarginTerms(
      { input: [0.5, -1, 0.2], target: 0 },
      { p: 2, weight: [2, 5, 5] },
    ).samples;
    const tex = multiMarginTex(s!, 0, 1, 2, true);
    expect(tex).toContain(String.raw`- 0.5 + (-1)\bigr)^{2}`);
    expect(tex).toContain(String.raw`(w_{0} = 2)`);
  });
});

describe('resizeMultiMargin', () => {
  it('adds a column of zeros and keeps targets inside the new class range', () => {
    const tensors = { input: [[1, 2, 3]], target: [2] };
    expect(resizeMultiMargin(tensors, 3, 4)).toEqual({ input: [[1, 2, 3, 0]], target: [2] });
    expect(resizeMultiMargin(tensors, 3, 2)).toEqual({ input: [[1, 2]], target: [1] });
    expect(resizeMultiMargin({ input: [1, 2, 3], target: 2 }, 3, 2)).toEqual({
      input: [1, 2],
      target: 1,
    });
  });
});
