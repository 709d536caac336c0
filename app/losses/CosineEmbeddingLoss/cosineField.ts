import { evaluateLoss } from '../../../src/index.ts';
import { flatten } from '../../panel/nested.ts';
import { unlessRefused } from '../../panel/unlessRefused.ts';

/** Cells per side of the shaded grid of x₂ positions. */
export const COSINE_CELLS = 48;

/**
 * CosineEmbeddingLoss with `reduction='none'` for x₁ fixed and x₂ at the centre of every cell
 * of a grid over [−reach, reach]², row r from the bottom, column c from the left: the loss for
 * every direction x₂ could take. Null if the core refuses.
 */
export function cosineField(
  x1: readonly number[],
  y: number,
  margin: number,
  reach: number,
): number[] | null {
  const n = COSINE_CELLS;
  const width = (2 * reach) / n;
  const centre = (i: number) => -reach + (i + 0.5) * width;
  const input1: number[][] = [];
  const input2: number[][] = [];
  for (let r = 0; r < n; r++) {
    for (let c = 0; c < n; c++) {
      input1.push([...x1]);
      input2.push([centre(c), centre(r)]);
    }
  }
  return unlessRefused(() => {
    const { output } = evaluateLoss(
      'CosineEmbeddingLoss',
      { input1, input2, target: new Array<number>(n * n).fill(y) },
      { margin, reduction: 'none' },
    );
    return flatten(output);
  });
}
