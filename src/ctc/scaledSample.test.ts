import { describe, expect, it } from 'vitest';
import { randomLogProbs } from '../testing/ctcSupport.ts';
import { mulberry32 } from '../core/random.ts';
import { extendLabels } from './extendedLabels.ts';
import { logSpaceSample } from './logSpaceSample.ts';
import { scaledSample } from './scaledSample.ts';
import { createWorkspace } from './workspace.ts';

/** Runs both paths on one unbatched sequence; the fast one may decline (null). */
function bothPaths(lp: number[][], target: number[], frames: number) {
  const classes = lp[0]?.length ?? 0;
  const view = { data: Float64Array.from(lp.flat()), offset: 0, frameStride: classes };
  const ext = extendLabels(target, 0, target.length, 0);
  const ws = createWorkspace(lp.length, ext.labels.length);
  const fastGrad = new Float64Array(view.data.length);
  const slowGrad = new Float64Array(view.data.length);
  const fast = scaledSample(view, frames, ext, classes, 0.5, ws, fastGrad);
  const slow = logSpaceSample(view, frames, ext, classes, 0.5, false, slowGrad);
  return { fast, slow, fastGrad, slowGrad };
}

describe('the scaled fast path agrees with the log-space reference', () => {
  const rand = mulberry32(99);
  const draws = Array.from({ length: 40 }, (_, i) => {
    const classes = 2 + Math.floor(rand() * 6);
    const length = Math.floor(rand() * 8);
    const target = Array.from({ length }, () => 1 + Math.floor(rand() * (classes - 1)));
    const frames = 2 * length + 1 + Math.floor(rand() * 30);
    return { i, classes, target, frames };
  });
  it.each(draws)(
    'draw $i: C=$classes target=$target T=$frames',
    ({ i, classes, target, frames }) => {
      const lp = randomLogProbs(frames + 3, classes, i, 3);
      const { fast, slow, fastGrad, slowGrad } = bothPaths(lp, target, frames);
      expect(fast).not.toBeNull();
      expect(Math.abs((fast ?? 0) - slow)).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(slow)));
      fastGrad.forEach((g, k) =>
        expect(Math.abs(g - (slowGrad[k] ?? 0))).toBeLessThanOrEqual(1e-12),
      );
    },
  );

  it('agrees on a long sequence with a tight fit (T = L + repeats)', () => {
    const target = [1, 1, 2, 2, 3, 3, 1, 2, 3, 1];
    const lp = randomLogProbs(15, 4, 5);
    const { fast, slow } = bothPaths(lp, target, 15);
    expect(fast).not.toBeNull();
    expect(fast).toBeCloseTo(slow, 10);
  });

  it('declines when probabilities leave float64 range, so the log-space path takes over', () => {
    const lp = randomLogProbs(40, 6, 3, 400);
    const target = [1, 2, 3, 4, 5, 1, 2, 3, 4, 5, 1, 2];
    const { fast, slow } = bothPaths(lp, target, 40);
    expect(fast).toBeNull();
    expect(Number.isFinite(slow)).toBe(true);
  });

  it('declines on NaN input, which the log-space path propagates as PyTorch does', () => {
    const lp = randomLogProbs(5, 3, 8);
    (lp[2] as number[])[1] = Number.NaN;
    const { fast, slow } = bothPaths(lp, [1, 2], 5);
    expect(fast).toBeNull();
    expect(slow).toBeNaN();
  });
});
