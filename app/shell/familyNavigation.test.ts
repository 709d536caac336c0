import { describe, expect, it } from 'vitest';
import { familyNeighbour, familyPlace } from './familyNavigation.ts';

describe('moving through a family', () => {
  it('steps through the regression losses in catalog order and wraps around', () => {
    const { family, members, index } = familyPlace('MSELoss');
    expect(family).toBe('regression');
    expect(members).toEqual(['L1Loss', 'MSELoss', 'SmoothL1Loss', 'HuberLoss']);
    expect(index).toBe(1);
    expect(familyNeighbour('MSELoss', 1)).toBe('SmoothL1Loss');
    expect(familyNeighbour('MSELoss', -1)).toBe('L1Loss');
    expect(familyNeighbour('HuberLoss', 1)).toBe('L1Loss');
    expect(familyNeighbour('L1Loss', -1)).toBe('HuberLoss');
  });

  it('stays on a loss that is alone in its family', () => {
    const { members } = familyPlace('CTCLoss');
    if (members.length === 1) expect(familyNeighbour('CTCLoss', 1)).toBe('CTCLoss');
    else expect(familyNeighbour('CTCLoss', members.length)).toBe('CTCLoss');
  });
});
