import { describe, expect, it } from 'vitest';
import {
  cellPath,
  classRows,
  classTargetAt,
  resizeClasses,
  mapRows,
  roundInput,
  withClassTarget,
  withRow,
} from './classRows.ts';

describe('class rows', () => {
  it('reads (C) and (N, C) tensors as rows, and nothing else', () => {
    expect(classRows([1, 2])).toEqual({ rows: [[1, 2]], batched: false });
    expect(
      classRows([
        [1, 2],
        [3, 4],
      ]),
    ).toEqual({
      rows: [
        [1, 2],
        [3, 4],
      ],
      batched: true,
    });
    expect(classRows(3)).toBeNull();
    expect(classRows([[[1]]])).toBeNull();
    expect(cellPath(true, 1, 2)).toEqual([1, 2]);
    expect(cellPath(false, 0, 2)).toEqual([2]);
  });

  it('reads and replaces one sample’s class target', () => {
    expect(classTargetAt([0, 2], 1)).toBe(2);
    expect(classTargetAt(1, 0)).toBe(1);
    expect(classTargetAt([[0.5, 0.5]], 0)).toBeNull();
    expect(withClassTarget([0, 2], 1, -100)).toEqual([0, -100]);
    expect(withClassTarget(1, 0, 2)).toBe(2);
  });

  it('adds and removes classes of the tensors that have them', () => {
    const tensors = {
      input: [
        [1, 2],
        [3, 4],
      ],
      target: [0, 1],
    };
    expect(resizeClasses(tensors, ['input'], 2, 3, () => 0)).toEqual({
      input: [
        [1, 2, 0],
        [3, 4, 0],
      ],
      target: [0, 1],
    });
    expect(resizeClasses({ input: [1, 2, 3] }, ['input'], 3, 2, () => 0)).toEqual({
      input: [1, 2],
    });
  });
});

describe('row edits', () => {
  it('replaces one row, or the whole unbatched tensor', () => {
    expect(
      withRow(
        [
          [1, 2],
          [3, 4],
        ],
        true,
        1,
        [5, 6],
      ),
    ).toEqual([
      [1, 2],
      [5, 6],
    ]);
    expect(withRow([1, 2], false, 0, [5, 6])).toEqual([5, 6]);
    expect(roundInput(-1.234567)).toBe(-1.2346);
    expect(roundInput(Number.NEGATIVE_INFINITY)).toBe(Number.NEGATIVE_INFINITY);
  });
});

describe('mapRows', () => {
  it('maps each row of a matrix, or the vector itself', () => {
    const reverse = (r: number[]) => [...r].reverse();
    expect(
      mapRows(
        [
          [1, 2],
          [3, 4],
        ],
        reverse,
      ),
    ).toEqual([
      [2, 1],
      [4, 3],
    ]);
    expect(mapRows([1, 2], reverse)).toEqual([2, 1]);
    expect(mapRows(5, reverse)).toBe(5);
  });
});
