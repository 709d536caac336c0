import { describe, expect, it } from 'vitest';
import { toClassTargets, toProbabilityTargets } from './targetMode.ts';

describe('switching CrossEntropyLoss targets between classes and probabilities', () => {
  it('turns class indices into one-hot rows, and unknown classes into uniform rows', () => {
    expect(toProbabilityTargets([0, 2], 3)).toEqual([
      [1, 0, 0],
      [0, 0, 1],
    ]);
    expect(toProbabilityTargets([-100], 2)).toEqual([[0.5, 0.5]]);
    expect(toProbabilityTargets(1, 2)).toEqual([0, 1]);
  });

  it('turns probability rows into their most probable class', () => {
    expect(
      toClassTargets([
        [0.2, 0.5, 0.3],
        [0.4, 0.4, 0.2],
      ]),
    ).toEqual([1, 0]);
    expect(toClassTargets([0.1, 0.9])).toBe(1);
  });

  it('round-trips class indices', () => {
    expect(toClassTargets(toProbabilityTargets([2, 0, 1], 3))).toEqual([2, 0, 1]);
  });
});
