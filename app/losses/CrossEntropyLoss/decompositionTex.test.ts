import { describe, expect, it } from 'vitest';
import { classBreakdown } from '../../../src/index.ts';
import { logSoftmaxTex, logSumExpTex, nllTex } from './decompositionTex.ts';

const input = [[2, 1, 0.1]];

describe('CrossEntropyLoss decomposition in TeX', () => {
  const [p] = classBreakdown('CrossEntropyLoss', { input, target: [0] }).positions;
  if (!p) throw new Error('no position');

  it('writes the log-sum-exp and the log-softmax with the core’s numbers', () => {
    expect(logSumExpTex(p)).toContain(String.raw`e^{2} + e^{1} + e^{0.1}`);
    expect(logSumExpTex(p)).toMatch(/= 2\.417$/);
    expect(logSoftmaxTex(p)).toContain('-0.417,');
    expect(logSoftmaxTex(p)).toContain('0.659');
  });

  it('picks the target class, with its weight when there is one', () => {
    expect(nllTex(p, false, [], -100, 3, 0)).toBe(
      String.raw`\ell = -\log p_{0} = -(-0.417) = 0.417`,
    );
    const [w] = classBreakdown(
      'CrossEntropyLoss',
      { input, target: [0] },
      { weight: [2, 1, 1] },
    ).positions;
    if (!w) throw new Error('no position');
    expect(nllTex(w, true, [2, 1, 1], -100, 3, 0)).toContain(String.raw`-w_{0} \log p_{0} = -2`);
  });

  it('says why an ignored sample costs nothing', () => {
    const [ignored] = classBreakdown('CrossEntropyLoss', { input, target: [-100] }).positions;
    if (!ignored) throw new Error('no position');
    expect(nllTex(ignored, false, [], -100, 3, 0)).toContain(String.raw`\Rightarrow\; \ell = 0`);
  });

  it('splits label smoothing into its two terms', () => {
    const [s] = classBreakdown(
      'CrossEntropyLoss',
      { input, target: [0] },
      { label_smoothing: 0.1 },
    ).positions;
    if (!s) throw new Error('no position');
    const tex = nllTex(s, false, [], -100, 3, 0.1);
    expect(tex).toContain(String.raw`0.9 \cdot 0.417 + \frac{0.1}{3}`);
  });

  it('writes the cross-entropy against probability targets', () => {
    const [q] = classBreakdown('CrossEntropyLoss', {
      input,
      target: [[0.5, 0.5, 0]],
    }).positions;
    if (!q) throw new Error('no position');
    expect(nllTex(q, false, [], -100, 3, 0)).toContain(String.raw`0.5 \cdot (-0.417)`);
  });
});
