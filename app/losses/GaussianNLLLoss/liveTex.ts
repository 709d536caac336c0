import { texNumber, texOperand } from '../../format.ts';
import { texCompact } from '../../panel/texCompact.ts';

export interface GaussianLive {
  /** The element's coordinates, e.g. "0, 1". */
  readonly where: string;
  readonly x: number;
  readonly y: number;
  readonly v: number;
  readonly eps: number;
  readonly full: boolean;
  readonly loss: number;
}

/** GaussianNLLLoss for one element with its numbers, the eps clamp written out. */
export function gaussianLiveTex(e: GaussianLive): string {
  const clamp = String.raw`\max\bigl(${texNumber(e.v)},\, ${texCompact(e.eps)}\bigr)`;
  const full = e.full ? String.raw` + \tfrac{1}{2}\log 2\pi` : '';
  return String.raw`\ell_{${e.where}} = \tfrac{1}{2}\Bigl( \log ${clamp} + \frac{\bigl(${texNumber(e.x)} - ${texOperand(e.y)}\bigr)^2}{${clamp}} \Bigr)${full} = ${texNumber(e.loss)}`;
}
