import { describe, expect, it } from 'vitest';
import { inputKind } from './inputKind.ts';

describe('inputKind', () => {
  it('recognises log-probabilities, probabilities and raw scores', () => {
    expect(inputKind([-0.3567, -1.6094, -2.3026])).toBe('logProbabilities');
    expect(inputKind([0.7, 0.2, 0.1])).toBe('probabilities');
    expect(inputKind([2, 1, 0.1])).toBe('scores');
    expect(inputKind([-1, -1, -1])).toBe('scores');
    expect(inputKind([])).toBe('scores');
  });
});
