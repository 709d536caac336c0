import { describe, expect, it } from 'vitest';
import { collapse, ctcLattice, ctcMinFrames } from '../../../src/index.ts';
import { PRESETS, presetFrames, presetUnits, referencePath } from './presets.ts';
import { UNITS, logProbsOf } from './probabilities.ts';

const HELLO = [2, 1, 4, 4, 6]; // h e l l o over ε a e h i l o

describe('reference paths', () => {
  it('collapse to the target whenever there are enough frames', () => {
    for (const frames of [6, 7, 8, 11, 12, 20]) {
      const path = referencePath(HELLO, 0, frames);
      expect(path).toHaveLength(frames);
      expect(collapse(path, 0)).toEqual(HELLO);
    }
  });
  it('spend spare frames on blanks between labels, then at the ends, then on labels', () => {
    expect(referencePath([2, 1, 5], 0, 3)).toEqual([2, 1, 5]);
    expect(referencePath([2, 1, 5], 0, 5)).toEqual([2, 0, 1, 0, 5]);
    expect(referencePath([2, 1, 5], 0, 8)).toEqual([0, 2, 2, 0, 1, 0, 5, 0]);
  });
  it('cannot spell the target with too few frames', () => {
    const path = referencePath(HELLO, 0, 5);
    expect(path).toHaveLength(5);
    expect(collapse(path, 0)).not.toEqual(HELLO);
  });
});

describe('presets', () => {
  const input = { targets: HELLO, blank: 0, classes: 7, frames: 9, distractor: 3 };
  it('give frames that sum to exactly 1', () => {
    for (const id of PRESETS) {
      const frames = presetFrames(id, 9, ctcMinFrames(HELLO));
      const units = presetUnits(id, { ...input, frames });
      expect(units).toHaveLength(frames);
      for (const row of units) {
        expect(row).toHaveLength(7);
        expect(row.reduce((a, b) => a + b, 0)).toBe(UNITS);
      }
    }
  });
  it('order the losses: confident < uncertain, wrong label finite but worse, too few infinite', () => {
    const loss = (id: (typeof PRESETS)[number]) => {
      const frames = presetFrames(id, 9, ctcMinFrames(HELLO));
      const units = presetUnits(id, { ...input, frames });
      return ctcLattice(units.map(logProbsOf), HELLO, { samples: 0 });
    };
    const confident = loss('confident');
    expect(confident.greedy.collapsed).toEqual(HELLO);
    expect(loss('uncertain').loss).toBeGreaterThan(confident.loss);
    const wrong = loss('wrongLabel');
    expect(wrong.loss).toBeGreaterThan(confident.loss);
    expect(Number.isFinite(wrong.loss)).toBe(true);
    expect(wrong.greedy.collapsed).toEqual([2, 1, 3, 4, 4, 6].filter((_, i) => i !== 3));
    expect(loss('tooFew').loss).toBe(Number.POSITIVE_INFINITY);
  });
});
