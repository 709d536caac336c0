import { describe, expect, it } from 'vitest';
import { fieldPaths, levelOf } from './fieldPaths.ts';

describe('levelOf', () => {
  it('leaves zero, negative and NaN unshaded', () => {
    expect(levelOf(0, 4, 8)).toBe(0);
    expect(levelOf(-1, 4, 8)).toBe(0);
    expect(levelOf(Number.NaN, 4, 8)).toBe(0);
  });
  it('spreads positive values over the levels, the smallest still visible', () => {
    expect(levelOf(1e-9, 4, 8)).toBe(1);
    expect(levelOf(2, 4, 8)).toBe(4);
    expect(levelOf(4, 4, 8)).toBe(8);
    expect(levelOf(9, 4, 8)).toBe(8);
    expect(levelOf(Number.POSITIVE_INFINITY, 4, 8)).toBe(8);
  });
});

describe('fieldPaths', () => {
  it('merges runs of equal level in a row into one rectangle', () => {
    // 2 rows × 3 cols; pixel y runs downwards, as in an SVG whose data y points up.
    const { paths, shaded } = fieldPaths(
      {
        values: [0, 1, 1, 2, 2, 0],
        cols: 3,
        rows: 2,
        xEdges: [0, 10, 20, 30],
        yEdges: [20, 10, 0],
      },
      2,
      2,
    );
    expect(shaded).toBe(4);
    expect(paths).toEqual([
      { level: 1, d: 'M10,10h20v10h-20z' },
      { level: 2, d: 'M0,0h20v10h-20z' },
    ]);
  });
  it('returns nothing for a field with no loss', () => {
    const { paths, shaded } = fieldPaths(
      { values: [0, 0], cols: 2, rows: 1, xEdges: [0, 1, 2], yEdges: [0, 1] },
      1,
      4,
    );
    expect(paths).toEqual([]);
    expect(shaded).toBe(0);
  });
});
