import { describe, expect, it } from 'vitest';
import { ctcMinFrames } from './minFrames.ts';
import { ctcLattice } from './lattice.ts';
import { randomLogProbs } from '../testing/ctcSupport.ts';

describe('ctcMinFrames', () => {
  it.each([
    [[3, 1, 5], 3],
    [[2, 1, 3, 3, 4], 6],
    [[1, 1, 1], 5],
    [[1], 1],
    [[], 1],
  ])('%j needs %i frames', (target, frames) => {
    expect(ctcMinFrames(target)).toBe(frames);
  });

  it('is exactly where the alignment count stops being zero', () => {
    for (const target of [
      [1, 2, 2],
      [2, 2, 2, 1],
      [1, 2, 1, 2],
    ]) {
      const min = ctcMinFrames(target);
      const count = (frames: number) =>
        ctcLattice(randomLogProbs(frames, 3, frames), target, { samples: 0 }).alignmentCount;
      expect(count(min)).toBeGreaterThan(0n);
      expect(count(min - 1)).toBe(0n);
    }
  });
});
