import { describe, expect, it } from 'vitest';
import { isRevealed, lastStep, stepForColumn, stepInfo } from './animation.ts';

describe('the lattice animation steps', () => {
  const T = 4;
  it('fills α left to right, then β right to left, then the posteriors', () => {
    const columns = Array.from({ length: lastStep(T) + 1 }, (_, k) => stepInfo(k, T).column);
    expect(columns).toEqual([0, 1, 2, 3, 3, 2, 1, 0, null]);
    expect(stepInfo(2, T).phase).toBe('forward');
    expect(stepInfo(4, T).phase).toBe('backward');
    expect(stepInfo(8, T).phase).toBe('posterior');
  });
  it('reveals exactly one more column of the current view per step', () => {
    for (let k = 0; k < T; k++) {
      const shown = [0, 1, 2, 3].filter((t) => isRevealed(stepInfo(k, T), 'alpha', t));
      expect(shown).toHaveLength(k + 1);
    }
    for (let k = T; k < 2 * T; k++) {
      const shown = [0, 1, 2, 3].filter((t) => isRevealed(stepInfo(k, T), 'beta', t));
      expect(shown).toHaveLength(k - T + 1);
    }
  });
  it('clamps a step left over from a longer lattice', () => {
    expect(stepInfo(40, T)).toMatchObject({ step: 8, phase: 'posterior' });
    expect(stepInfo(-3, T).step).toBe(0);
  });
  it('finds the step that computes a column', () => {
    for (let t = 0; t < T; t++) {
      expect(stepInfo(stepForColumn('forward', t, T), T).column).toBe(t);
      expect(stepInfo(stepForColumn('backward', t, T), T).column).toBe(t);
    }
  });
});
