import { describe, expect, it } from 'vitest';
import { evaluateLoss } from '../../../src/index.ts';
import {
  hotClasses,
  ignoredTail,
  indexList,
  listedClasses,
  multiHot,
  resizeLabelLists,
  toggleHot,
  toggleListed,
} from './labelSet.ts';

describe('index lists', () => {
  it('read the classes before the first −1 and ignore the rest', () => {
    expect(listedClasses([3, 0, -1, 1])).toEqual([3, 0]);
    expect(ignoredTail([3, 0, -1, 1])).toEqual([1]);
    expect(listedClasses([2, 1, 0])).toEqual([2, 1, 0]);
    expect(ignoredTail([2, 1, 0])).toEqual([]);
  });

  it('toggle a class in or out, keeping the order and the ignored tail', () => {
    expect(toggleListed([3, 0, -1, 1], 2)).toEqual([3, 0, 2, -1]);
    expect(toggleListed([3, 0, -1, 1], 3)).toEqual([0, -1, 1, -1]);
    expect(toggleListed([0, 0, 0], 1)).toEqual([0, 1, -1]);
    expect(toggleListed([-1, -1, -1], 2)).toEqual([2, -1, -1]);
    expect(toggleListed([1, 2, 0], 2)).toEqual([1, 0, -1]);
  });

  it('agree with the core: toggling changes which classes the loss treats as targets', () => {
    const input = [0.1, 0.2, 0.4, 0.8];
    const row = toggleListed([3, 0, -1, 1], 1);
    expect(row).toEqual([3, 0, 1, -1]);
    const expected = evaluateLoss('MultiLabelMarginLoss', { input, target: [3, 0, 1, -1] });
    const viaSet = evaluateLoss('MultiLabelMarginLoss', {
      input,
      target: indexList(listedClasses(row), 4),
    });
    expect(viaSet.output).toBe(expected.output);
  });
});

describe('multi-hot rows', () => {
  it('convert both ways and toggle', () => {
    expect(multiHot([3, 0], 4)).toEqual([1, 0, 0, 1]);
    expect(indexList([3, 0, 3], 4)).toEqual([3, 0, -1, -1]);
    expect(hotClasses([1, 0, 0.5, 1])).toEqual([0, 3]);
    expect(toggleHot([1, 0, 0.5, 1], 2)).toEqual([1, 0, 1, 1]);
    expect(toggleHot([1, 0, 0.5, 1], 0)).toEqual([0, 0, 0.5, 1]);
  });
});

describe('resizeLabelLists', () => {
  it('pads with −1 when growing and drops out-of-range classes when shrinking', () => {
    const tensors = { input: [[0.1, 0.2, 0.4, 0.8]], target: [[3, 0, -1, 1]] };
    expect(resizeLabelLists(tensors, 4, 5)).toEqual({
      input: [[0.1, 0.2, 0.4, 0.8, 0]],
      target: [[3, 0, -1, 1, -1]],
    });
    const smaller = resizeLabelLists(tensors, 4, 3);
    expect(smaller).toEqual({ input: [[0.1, 0.2, 0.4]], target: [[0, -1, 1]] });
    expect(() => evaluateLoss('MultiLabelMarginLoss', smaller)).not.toThrow();
    expect(resizeLabelLists({ input: [1, 2, 3], target: [2, 1, 0] }, 3, 2)).toEqual({
      input: [1, 2],
      target: [1, 0],
    });
  });
});

describe('listText and mixUpLoss', () => {
  it('write minus signs and compute what the wrong encoding silently gives', async () => {
    const { listText } = await import('./labelSet.ts');
    const { mixUpLoss } = await import('./mixUp.ts');
    expect(listText([3, 0, -1, -1])).toBe('[3, 0, −1, −1]');
    const input = [0.1, 0.2, 0.4, 0.8];
    // The multi-hot [1, 0, 0, 1] read as indices: classes 1 and 0, each listed twice.
    const wrong = mixUpLoss('MultiLabelMarginLoss', input, [1, 0, 0, 1], {});
    const asRead = evaluateLoss('MultiLabelMarginLoss', { input, target: [1, 0, -1, -1] });
    expect(wrong).toBeCloseTo(2 * (asRead.output as number), 14);
    expect(mixUpLoss('MultiLabelMarginLoss', input, [4, 0, 0, 1], {})).toBeNull();
    expect(mixUpLoss('MultiLabelSoftMarginLoss', input, [3, 0, -1, -1], {})).toBeGreaterThan(0);
  });
});
