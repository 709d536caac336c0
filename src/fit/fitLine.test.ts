import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateLoss, fitLine, LossInputError } from '../index.ts';
import { LOSS_CASES, totalLoss } from '../testing/fitCases.ts';

function leastSquares(t: readonly number[], y: readonly number[]) {
  const n = t.length;
  const tm = t.reduce((a, b) => a + b, 0) / n;
  const ym = y.reduce((a, b) => a + b, 0) / n;
  let sty = 0;
  let stt = 0;
  t.forEach((ti, i) => {
    sty += (ti - tm) * ((y[i] ?? 0) - ym);
    stt += (ti - tm) ** 2;
  });
  const slope = sty / stt;
  return { slope, intercept: ym - slope * tm };
}

const t = [0, 1, 2, 3, 4, 5, 6, 7];
const y = [1.0, 1.4, 1.3, 2.0, 2.1, 2.6, 2.7, 9];

describe('fitLine', () => {
  it('MSELoss gives the least-squares line (closed form)', () => {
    for (const [ts, ys] of [
      [t, y],
      [
        [0, 1],
        [3, -1],
      ],
      [
        [-3, 0.5, 2, 2, 10],
        [4, 4.5, -1, 0, 30],
      ],
    ] as const) {
      const fit = fitLine('MSELoss', ts, ys);
      const ls = leastSquares(ts, ys);
      expect(fit.slope).toBeCloseTo(ls.slope, 10);
      expect(fit.intercept).toBeCloseTo(ls.intercept, 10);
    }
  });

  it('every loss reproduces points that lie on a line', () => {
    const ys = t.map((ti) => 0.5 - 1.25 * ti);
    for (const [name, options] of LOSS_CASES) {
      const fit = fitLine(name, t, ys, options);
      expect(fit.slope).toBeCloseTo(-1.25, 9);
      expect(fit.intercept).toBeCloseTo(0.5, 9);
    }
  });

  it('L1Loss is not pulled by the outlier, MSELoss is', () => {
    const l1 = fitLine('L1Loss', t, y);
    const mse = fitLine('MSELoss', t, y);
    const inliers = leastSquares(t.slice(0, 7), y.slice(0, 7));
    expect(Math.abs(l1.slope - inliers.slope)).toBeLessThan(Math.abs(mse.slope - inliers.slope));
  });

  it('at a smooth loss’s line the gradient vanishes in both intercept and slope', () => {
    for (const [name, options] of LOSS_CASES.filter(
      ([n, o]) => n !== 'L1Loss' && !('beta' in o && o.beta === 0),
    )) {
      const fit = fitLine(name, t, y, options);
      const { grads } = evaluateLoss(
        name,
        { input: [...fit.predictions], target: y },
        { ...options, reduction: 'sum' },
      );
      const g = grads['input'] as number[];
      expect(Math.abs(g.reduce((a, b) => a + b, 0))).toBeLessThan(1e-9);
      expect(Math.abs(g.reduce((a, b, i) => a + b * (t[i] ?? 0), 0))).toBeLessThan(1e-8);
    }
  });

  it('SmoothL1Loss(beta) and HuberLoss(delta = beta) fit the same line', () => {
    for (const beta of [0.3, 1, 2]) {
      const s = fitLine('SmoothL1Loss', t, y, { beta });
      const h = fitLine('HuberLoss', t, y, { delta: beta });
      expect(s.slope).toBeCloseTo(h.slope, 9);
      expect(s.intercept).toBeCloseTo(h.intercept, 9);
    }
  });

  it.each(LOSS_CASES)('%s %o: no line does better', (name, options) => {
    const value = fc.double({ min: -20, max: 20, noNaN: true });
    const points = fc
      .integer({ min: 2, max: 8 })
      .chain((n) =>
        fc.record({
          t: fc.array(
            fc.integer({ min: -10, max: 10 }).map((k) => k / 2),
            { minLength: n, maxLength: n },
          ),
          y: fc.array(value, { minLength: n, maxLength: n }),
        }),
      )
      .filter((p) => new Set(p.t).size > 1);
    fc.assert(
      fc.property(points, value, value, ({ t: ts, y: ys }, da, db) => {
        const fit = fitLine(name, ts, ys, options);
        const at = (a: number, b: number) =>
          totalLoss(
            name,
            ts.map((ti) => a + b * ti),
            ys,
            options,
          );
        const best = at(fit.intercept, fit.slope);
        const slack = 1e-8 * (1 + Math.abs(best));
        expect(Math.abs(totalLoss(name, fit.predictions, ys, options) - best)).toBeLessThan(slack);
        const tries: [number, number][] = [
          [fit.intercept + da, fit.slope + db / 10],
          [fit.intercept + 1e-5, fit.slope],
          [fit.intercept, fit.slope - 1e-5],
          [fit.intercept - 1e-5 * da, fit.slope + 1e-5 * db],
        ];
        // L1's best line passes through two of the points: it is at least as good as all of them.
        for (let i = 0; i < ts.length; i++)
          for (let j = i + 1; j < ts.length; j++) {
            const [ti = 0, tj = 0, yi = 0, yj = 0] = [ts[i], ts[j], ys[i], ys[j]];
            if (ti !== tj) {
              const b = (yi - yj) / (ti - tj);
              tries.push([yi - b * ti, b]);
            }
          }
        for (const [a, b] of tries) expect(at(a, b)).toBeGreaterThanOrEqual(best - slack);
      }),
      { seed: 7, numRuns: 40 },
    );
  });

  it('refuses what has no answer, in plain words', () => {
    expect(() => fitLine('MSELoss', [1, 2], [1])).toThrow(/same length/);
    expect(() => fitLine('MSELoss', [2, 2, 2], [1, 2, 3])).toThrow(/two different t values/);
    expect(() => fitLine('MSELoss', [1, 2], [1, Number.POSITIVE_INFINITY])).toThrow(LossInputError);
    expect(() => fitLine('HuberLoss', [1, 2], [1, 2], { delta: -1 })).toThrow(LossInputError);
  });
});
