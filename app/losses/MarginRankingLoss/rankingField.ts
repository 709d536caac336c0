import { evaluateLoss } from '../../../src/index.ts';
import { flatten } from '../../panel/nested.ts';
import { unlessRefused } from '../../panel/unlessRefused.ts';

/** Cells per side of the shaded grid: fine enough to read, one vectorised call of the core. */
export const FIELD_CELLS = 60;

/**
 * MarginRankingLoss with `reduction='none'` at the centre of every cell of a grid over
 * [−reach, reach]², for label `y`: row r holds x₂ at the r-th cell from the bottom, column c
 * x₁ at the c-th from the left. Null if the core refuses the margin.
 */
export function rankingField(margin: number, reach: number, y: number): number[] | null {
  const n = FIELD_CELLS;
  const width = (2 * reach) / n;
  const centre = (i: number) => -reach + (i + 0.5) * width;
  const input1: number[] = [];
  const input2: number[] = [];
  for (let r = 0; r < n; r++) {
    for (let c = 0; c < n; c++) {
      input1.push(centre(c));
      input2.push(centre(r));
    }
  }
  return unlessRefused(() => {
    const { output } = evaluateLoss(
      'MarginRankingLoss',
      { input1, input2, target: new Array<number>(n * n).fill(y) },
      { margin, reduction: 'none' },
    );
    return flatten(output);
  });
}
