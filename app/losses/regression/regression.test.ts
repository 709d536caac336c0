import { describe, expect, it } from 'vitest';
import { evaluateLoss, fitConstant, fitLine } from '../../../src/index.ts';
import { huberTex } from '../HuberLoss/substitute.ts';
import { smoothL1Tex } from '../SmoothL1Loss/substitute.ts';
import { computeFits } from './fits.ts';
import { demoData } from './outlierData.ts';
import { quadraticZone } from './quadraticZone.ts';
import { LAB } from './strings.ts';

const en = (b: { en: string }) => b.en;
const zh = (b: { zh: string }) => b.zh;

describe('live formulas show the branch PyTorch takes', () => {
  it('SmoothL1: quadratic inside β, linear from β on (strict <, as in the kernel)', () => {
    expect(smoothL1Tex(0.5, 1, 0.125, { beta: 1 })).toContain(
      String.raw`\frac{0.5\,\left(0.5 - 1\right)^2}{1} = 0.125`,
    );
    expect(smoothL1Tex(0.5, 1, 0.125, { beta: 1 })).toContain(String.raw`< \beta = 1`);
    // At exactly |x − y| = β PyTorch takes the linear branch.
    expect(smoothL1Tex(2, 1, 0.5, { beta: 1 })).toContain(String.raw`\ge \beta = 1`);
    expect(smoothL1Tex(2, -1, 3, { beta: 0 })).toContain(
      String.raw`\left|2 - (-1)\right| - 0.5 \cdot 0 = 3`,
    );
  });

  it('Huber: 0.5(x − y)² inside δ, δ(|x − y| − δ/2) beyond', () => {
    expect(huberTex(0.5, 1, 0.125, { delta: 1 })).toContain(
      String.raw`0.5\,\left(0.5 - 1\right)^2 = 0.125`,
    );
    expect(huberTex(2, 0, 1.875, { delta: 1.5 })).toContain(
      String.raw`1.5\,\left(\left|2 - 0\right| - 0.5 \cdot 1.5\right) = 1.875 \qquad \left(\,\left|2 - 0\right| \ge \delta = 1.5\,\right)`,
    );
  });
});

describe('quadraticZone', () => {
  it('shades |x − y| < β and labels it in both languages', () => {
    expect(quadraticZone('β', 0.5, en)).toEqual({
      from: -0.5,
      to: 0.5,
      label: 'quadratic zone |x − y| < β = 0.5',
    });
    expect(quadraticZone('δ', 2, zh).label).toBe('二次区 |x − y| < δ = 2');
  });

  it('says that β = 0 leaves no zone, SmoothL1 being L1', () => {
    expect(quadraticZone('β', 0, en)).toEqual({ from: 0, to: 0, label: en(LAB.noZone) });
  });
});

describe('computeFits', () => {
  const data = demoData({ t: 7, y: 8 });
  const knobs = { beta: 0.5, delta: 2 };

  it('returns the core’s fits and each point’s gradient at them', () => {
    const fits = computeFits('constant', knobs, data);
    const huber = fits.HuberLoss;
    if (!huber.ok || huber.kind !== 'constant') throw new Error('expected a constant fit');
    expect(huber.value).toBe(fitConstant('HuberLoss', data.y, { delta: 2 }).value);
    const { grads } = evaluateLoss(
      'HuberLoss',
      { input: data.y.map(() => huber.value), target: data.y },
      { delta: 2, reduction: 'sum' },
    );
    expect(huber.pulls).toEqual(grads['input']);
    // At the minimum the pulls balance.
    expect(Math.abs(huber.pulls.reduce((a, b) => a + b, 0))).toBeLessThan(1e-9);
    const mse = fits.MSELoss;
    expect(mse.ok && mse.kind === 'constant' && mse.value).toBeCloseTo(
      data.y.reduce((a, b) => a + b, 0) / data.y.length,
      12,
    );
  });

  it('fits lines with the current β', () => {
    const fits = computeFits('line', knobs, data);
    const s = fits.SmoothL1Loss;
    const expected = fitLine('SmoothL1Loss', data.t, data.y, { beta: 0.5 });
    expect(s.ok && s.kind === 'line' && s.slope).toBe(expected.slope);
  });

  it('reports a refused δ for Huber alone, in PyTorch’s words', () => {
    const fits = computeFits('constant', { beta: 1, delta: 0 }, data);
    expect(fits.HuberLoss.ok).toBe(false);
    expect(!fits.HuberLoss.ok && fits.HuberLoss.message).toMatch(/non-positive values for delta/);
    expect(fits.L1Loss.ok && fits.SmoothL1Loss.ok && fits.MSELoss.ok).toBe(true);
  });
});
