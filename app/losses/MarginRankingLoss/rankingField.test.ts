import { describe, expect, it } from 'vitest';
import { FIELD_CELLS, rankingField } from './rankingField.ts';

const at = (field: number[], row: number, col: number) => field[row * FIELD_CELLS + col] ?? NaN;

describe('rankingField', () => {
  it('is max(0, −y(x₁ − x₂) + margin) at the cell centres, x₁ along rows', () => {
    const field = rankingField(0.5, 2, 1);
    expect(field).toHaveLength(FIELD_CELLS * FIELD_CELLS);
    const w = 4 / FIELD_CELLS;
    const c = (i: number) => -2 + (i + 0.5) * w;
    // Bottom-left corner: x₁ = x₂, a tie, costs exactly the margin.
    expect(at(field!, 0, 0)).toBeCloseTo(0.5, 12);
    // Row 0 (x₂ smallest), last column (x₁ largest): x₁ far ahead, no loss.
    expect(at(field!, 0, FIELD_CELLS - 1)).toBe(0);
    // Top-left: x₂ far ahead although y = 1.
    expect(at(field!, FIELD_CELLS - 1, 0)).toBeCloseTo(-(c(0) - c(FIELD_CELLS - 1)) + 0.5, 12);
  });
  it('mirrors for y = −1', () => {
    const plus = rankingField(0.3, 2, 1)!;
    const minus = rankingField(0.3, 2, -1)!;
    expect(at(minus, 5, 17)).toBeCloseTo(at(plus, 17, 5), 12);
  });
  it('grows the zero-loss region as the margin shrinks', () => {
    const zeros = (f: number[]) => f.filter((v) => v === 0).length;
    expect(zeros(rankingField(0, 2, 1)!)).toBeGreaterThan(zeros(rankingField(1, 2, 1)!));
  });
});
