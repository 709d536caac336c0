import { texNumber, texOperand } from '../../format.ts';
import type { KeywordValue } from '../types.ts';

/**
 * Huber's formula with one element's numbers, in the branch PyTorch takes for it
 * (`|x − y| < delta`, strictly), and the condition that picks the branch. The value on the
 * right is the core's.
 */
export function huberTex(
  x: number,
  y: number,
  loss: number,
  params: Readonly<Record<string, KeywordValue>>,
): string {
  const delta = typeof params['delta'] === 'number' ? params['delta'] : 1;
  const diff = String.raw`${texNumber(x)} - ${texOperand(y)}`;
  const d = texNumber(delta);
  if (Math.abs(x - y) < delta) {
    return String.raw`\ell = 0.5\,\left(${diff}\right)^2 = ${texNumber(loss)} \qquad \left(\,\left|${diff}\right| < \delta = ${d}\,\right)`;
  }
  return String.raw`\ell = ${d}\,\left(\left|${diff}\right| - 0.5 \cdot ${texOperand(delta)}\right) = ${texNumber(loss)} \qquad \left(\,\left|${diff}\right| \ge \delta = ${d}\,\right)`;
}
