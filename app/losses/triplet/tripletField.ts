import { evaluateLoss } from '../../../src/index.ts';
import { unlessRefused } from '../../panel/unlessRefused.ts';
import type { KeywordValue } from '../types.ts';

/** Cells per side of the shaded grid of negative positions. */
export const TRIPLET_CELLS = 48;

/**
 * The triplet's loss (`reduction='none'`) with anchor and positive fixed and the negative at the
 * centre of every cell of a grid over `extent`², row r from the bottom, column c from the left:
 * what the loss would be wherever the negative went. Null if the core refuses.
 */
export function tripletField(
  name: string,
  anchor: readonly number[],
  positive: readonly number[],
  params: Readonly<Record<string, KeywordValue>>,
  extent: readonly [number, number],
): number[] | null {
  const n = TRIPLET_CELLS;
  const [lo, hi] = extent;
  const centre = (i: number) => lo + ((i + 0.5) * (hi - lo)) / n;
  const negative: number[][] = [];
  for (let r = 0; r < n; r++) for (let c = 0; c < n; c++) negative.push([centre(c), centre(r)]);
  return unlessRefused(() => {
    const { output } = evaluateLoss(
      name,
      {
        anchor: negative.map(() => [...anchor]),
        positive: negative.map(() => [...positive]),
        negative,
      },
      { ...params, reduction: 'none' },
    );
    return output as number[];
  });
}
