import { describe, expect, it } from 'vitest';
import { gaussianLiveTex } from './liveTex.ts';

describe('gaussianLiveTex', () => {
  const e = { where: '0, 1', x: 2, y: -0.5, v: 1, eps: 1e-6, full: false, loss: 3.125 };
  it('writes the clamp max(var, eps) and the squared error', () => {
    const tex = gaussianLiveTex(e);
    expect(tex).toContain('\\ell_{0, 1}');
    expect(tex).toContain('\\max\\bigl(1,\\, 10^{-6}\\bigr)');
    expect(tex).toContain('\\bigl(2 - (-0.5)\\bigr)^2');
    expect(tex).toContain('= 3.125');
    expect(tex).not.toContain('2\\pi');
  });
  it('adds ½·log 2π when full', () => {
    expect(gaussianLiveTex({ ...e, full: true })).toContain('\\tfrac{1}{2}\\log 2\\pi');
  });
});
