import { describe, expect, it } from 'vitest';
import { poissonLiveTex } from './liveTex.ts';

const base = { index: 1, x: 1, y: 3, loss: -0.28, logInput: true, full: false, eps: 1e-8 };

describe('poissonLiveTex', () => {
  it('writes e^x − y·x with the minus sign, and the rate λ = e^x', () => {
    const tex = poissonLiveTex(base);
    expect(tex).toContain('e^{1} - 3 \\cdot 1');
    expect(tex).toContain('\\lambda = e^{1} = 2.7183');
  });

  it('adds the Stirling term only for y > 1 when full', () => {
    expect(poissonLiveTex({ ...base, full: true })).toContain('\\log(y!)');
    expect(poissonLiveTex({ ...base, full: true, y: 1 })).toContain('\\underbrace{0}_{y \\le 1}');
    expect(poissonLiveTex(base)).not.toContain('underbrace');
  });

  it('shows eps inside the log when log_input=False', () => {
    expect(poissonLiveTex({ ...base, logInput: false })).toContain(
      '1 - 3 \\log\\bigl(1 + 10^{-8}\\bigr)',
    );
  });
});
