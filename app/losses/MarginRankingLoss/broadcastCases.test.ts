import { describe, expect, it } from 'vitest';
import { caseInputs, caseOutcome, caseShapes } from './broadcastCases.ts';

const pairs = { input1: [0.8, 0.2, 0.5], input2: [0.4, 0.6, 0.3], target: [1, 1, -1] };

describe('the broadcasting demo', () => {
  it('reshapes to columns and a row as the notes and the "fix" do', () => {
    expect(caseInputs('notes', [1, 2], [3, 4], [1, -1])).toEqual({
      input1: [[1], [2]],
      input2: [[3], [4]],
      target: [1, -1],
    });
    expect(caseInputs('matrix', [1, 2], [3, 4], [1, -1])['target']).toEqual([[1, -1]]);
    expect(caseShapes('matrix', 3)).toEqual({ inputs: '(3, 1)', target: '(1, 3)' });
  });

  it("refuses the notes' (N, 1) inputs with an (N,) target, as PyTorch 1.13 does", () => {
    const out = caseOutcome('notes', pairs, 0, 'mean');
    expect(out.ok).toBe(false);
    if (!out.ok) expect(out.message).toContain('All input tensors should have same dimension');
  });

  it('broadcasts (N, 1) against (1, N) to an N × N matrix whose diagonal is the real loss', () => {
    const matrix = caseOutcome('matrix', pairs, 0.1, 'mean');
    const right = caseOutcome('elementwise', pairs, 0.1, 'mean');
    expect(matrix.ok && right.ok).toBe(true);
    if (!matrix.ok || !right.ok) return;
    const m = matrix.perElement as number[][];
    expect(m).toHaveLength(3);
    expect(m.map((row) => row.length)).toEqual([3, 3, 3]);
    const diagonal = m.map((row, i) => row[i]);
    (right.perElement as number[]).forEach((v, i) => expect(diagonal[i]).toBeCloseTo(v, 12));
    // Entry (i, j) judges pair i by pair j's label: max(0, −y_j (x1_i − x2_i) + margin).
    expect(m[0]?.[2]).toBeCloseTo(Math.max(0, 1 * (0.8 - 0.4) + 0.1), 12);
    expect(matrix.reduced).not.toBeCloseTo(right.reduced, 6);
  });
});
