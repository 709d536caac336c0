import type { ClassPosition } from '../../../src/index.ts';
import { texNumber, texOperand } from '../../format.ts';

/** ℓ_n = −w_y · input[n, y] with the shown sample's numbers, or why it is 0. */
export function nllStepTex(p: ClassPosition, weighted: boolean, ignoreIndex: number): string {
  if (p.ignored || p.target === null)
    return String.raw`y = ${ignoreIndex} = \text{ignore\_index} \;\Rightarrow\; \ell = 0`;
  const y = p.target;
  const picked = texOperand(p.scores[y] ?? Number.NaN);
  return weighted
    ? String.raw`\ell = -w_{${y}}\, x_{${y}} = -${texNumber(p.weight)} \cdot ${picked} = ${texNumber(p.loss)}`
    : String.raw`\ell = -x_{${y}} = -${picked} = ${texNumber(p.loss)}`;
}
