import { describe, expect, it } from 'vitest';
import { labelStyle, labelsToDraw } from './useLabelCurves.ts';

describe('labelsToDraw', () => {
  it('always draws 1 and −1, then the unusual labels the targets hold, once each', () => {
    expect(labelsToDraw([1, -1, 1])).toEqual([1, -1]);
    expect(labelsToDraw([0, 1, 0.5, 0])).toEqual([1, -1, 0, 0.5]);
  });
  it('draws at most three unusual labels and ignores non-finite ones', () => {
    expect(labelsToDraw([5, 4, 3, 2, Number.NaN])).toEqual([1, -1, 2, 3, 4]);
  });
});

describe('labelStyle', () => {
  it('tells labels apart by shape as well as colour', () => {
    expect(labelStyle(1, 0)).toEqual({ className: 'c0', shape: 'circle' });
    expect(labelStyle(-1, 1)).toEqual({ className: 'c1', shape: 'square' });
    expect(labelStyle(0, 2).shape).toBe('diamond');
  });
});
