import { texNumber, texOperand } from '../../format.ts';
import type { KeywordValue } from '../types.ts';

/**
 * SmoothL1's formula with one element's numbers, in the branch PyTorch takes for it
 * (`|x − y| < beta`, strictly, as in its kernel), and the condition that picks the branch.
 * The value on the right is the core's.
 */
export function smoothL1Tex(
  x: number,
  y: number,
  loss: number,
  params: Readonly<Record<string, KeywordValue>>,
): string {
  const beta = typeof params['beta'] === 'number' ? params['beta'] : 1;
  const diff = String.raw`${texNumber(x)} - ${texOperand(y)}`;
  const b = texNumber(beta);
  if (Math.abs(x - y) < beta) {
    return String.raw`\ell = \frac{0.5\,\left(${diff}\right)^2}{${b}} = ${texNumber(loss)} \qquad \left(\,\left|${diff}\right| < \beta = ${b}\,\right)`;
  }
  return String.raw`\ell = \left|${diff}\right| - 0.5 \cdot ${texOperand(beta)} = ${texNumber(loss)} \qquad \left(\,\left|${diff}\right| \ge \beta = ${b}\,\right)`;
}
