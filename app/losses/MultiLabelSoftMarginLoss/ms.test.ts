import { describe, expect, it } from 'vitest';
import { multiLabelSoftMarginTerms } from '../../../src/index.ts';
import { multiLabelSoftMarginTex } from './msTex.ts';

describe('multiLabelSoftMarginTex', () => {
  it('writes the core’s per-class terms over C', () => {
    const r = multiLabelSoftMarginTerms({ input: [0, 0], target: [1, 0] });
    const tex = multiLabelSoftMarginTex(r!.samples[0]!, null, 0);
    expect(tex).toContain(String.raw`\frac{1}{2} \bigl[ 0.6931 + 0.6931 \bigr] = 0.6931`);
    expect(tex).not.toContain(String.raw`\cdot`);
  });

  it('shows each weight times its unweighted term when weighted', () => {
    const inputs = { input: [0, 0], target: [1, 0] };
    const w = multiLabelSoftMarginTerms(inputs, { weight: [2, 1] })!.samples[0]!;
    const u = multiLabelSoftMarginTerms(inputs)!.samples[0]!;
    const tex = multiLabelSoftMarginTex(w, u.terms, 0);
    expect(tex).toContain(String.raw`2 \cdot 0.6931 + 1 \cdot 0.6931`);
    expect(tex).toContain(String.raw`\bigl[ 1.3863 + 0.6931 \bigr] = 1.0397`);
  });
});
