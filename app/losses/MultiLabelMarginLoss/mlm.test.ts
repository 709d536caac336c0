import { describe, expect, it } from 'vitest';
import { multiLabelMarginPairs } from '../../../src/index.ts';
import { multiLabelMarginTex } from './mlmTex.ts';
import { sub } from './strings.ts';

describe('multiLabelMarginTex', () => {
  it('writes every pair term from the core and divides by C', () => {
    const [s] = multiLabelMarginPairs({
      input: [[0.1, 0.2, 0.4, 0.8]],
      target: [[3, 0, -1, 1]],
    }).samples;
    const tex = multiLabelMarginTex(s!, 0);
    expect(tex).toContain(String.raw`\sum_{j \in \{3, 0\}}`);
    expect(tex).toContain(String.raw`\Bigl[ 0.4 + 0.6 + 1.1 + 1.3 \Bigr]`);
    expect(tex).toContain(String.raw`\frac{3.4}{4} = 0.85`);
  });

  it('writes an empty sum as 0', () => {
    const [s] = multiLabelMarginPairs({ input: [1, 2], target: [-1, 0] }).samples;
    expect(multiLabelMarginTex(s!, 0)).toContain(String.raw`\Bigl[ 0 \Bigr]`);
  });
});

describe('sub', () => {
  it('writes indices as subscripts', () => {
    expect(sub(0)).toBe('₀');
    expect(sub(12)).toBe('₁₂');
  });
});
