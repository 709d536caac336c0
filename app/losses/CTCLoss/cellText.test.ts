import { describe, expect, it } from 'vitest';
import { cellText, logText, probText } from './cellText.ts';

describe('lattice cell text', () => {
  it('prints probabilities short', () => {
    expect(probText(0)).toBe('');
    expect(probText(1)).toBe('1');
    expect(probText(0.8512)).toBe('0.85');
    expect(probText(0.01234)).toBe('0.012');
    expect(probText(3.14e-5)).toBe('3.1e−5');
    expect(probText(2.2e-14)).toBe('2.2e−14');
  });
  it('prints log-probabilities with a true minus and −∞', () => {
    expect(logText(Number.NEGATIVE_INFINITY)).toBe('−∞');
    expect(logText(-2.3026)).toBe('−2.30');
    expect(logText(-31.49)).toBe('−31.5');
    expect(logText(-0.001)).toBe('0');
  });
  it('reads a log value in either scale', () => {
    expect(cellText(Math.log(0.5), 'prob')).toBe('0.50');
    expect(cellText(Number.NEGATIVE_INFINITY, 'prob')).toBe('');
    expect(cellText(Math.log(0.5), 'log')).toBe('−0.69');
  });
});
