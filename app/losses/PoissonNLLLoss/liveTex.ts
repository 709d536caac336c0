import { poissonRateOf, poissonStirlingTerm } from '../../../src/index.ts';
import { texNumber, texOperand } from '../../format.ts';
import { texCompact } from '../../panel/texCompact.ts';

/** One element's numbers and the keywords that shape its formula. */
export interface PoissonElement {
  readonly index: number;
  readonly x: number;
  readonly y: number;
  readonly loss: number;
  readonly logInput: boolean;
  readonly full: boolean;
  readonly eps: number;
}

/** The Stirling term with y substituted: present only when full=True, and 0 unless y > 1. */
function stirlingTex(y: number): string {
  if (!(y > 1)) return String.raw` + \underbrace{0}_{y \le 1}`;
  const v = texOperand(y);
  return String.raw` + \underbrace{${v}\log ${v} - ${v} + \tfrac{1}{2}\log(2\pi \cdot ${v})}_{\log(y!)\,\approx\,${texNumber(poissonStirlingTerm(y))}}`;
}

/** PoissonNLLLoss for the highlighted element, with its numbers, as TeX. */
export function poissonLiveTex(e: PoissonElement): string {
  const x = texOperand(e.x);
  const y = texOperand(e.y);
  const body = e.logInput
    ? String.raw`e^{${texNumber(e.x)}} - ${y} \cdot ${x}`
    : String.raw`${texNumber(e.x)} - ${y} \log\bigl(${texNumber(e.x)} + ${texCompact(e.eps)}\bigr)`;
  const rate = e.logInput
    ? String.raw`, \qquad \lambda = e^{${texNumber(e.x)}} = ${texNumber(poissonRateOf(e.x, true))}`
    : '';
  return String.raw`\ell_{${e.index}} = ${body}${e.full ? stirlingTex(e.y) : ''} = ${texNumber(e.loss)}${rate}`;
}
