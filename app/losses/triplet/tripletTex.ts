import type { TripletBreakdown, TripletRow } from '../../../src/index.ts';
import { texNumber, texOperand } from '../../format.ts';
import { texCompact } from '../../panel/texCompact.ts';
import type { TripletPoints } from './tripletRows.ts';

const vec = (v: readonly number[]) => String.raw`(${v.map((x) => texNumber(x)).join(',\\ ')})`;

const SYMBOL = { anchor: 'a', positive: 'p', negative: 'n' } as const;
type Role = keyof typeof SYMBOL;

/** One distance with the numbers written in, e.g. d(a₀, p₀) = ‖(0, 0) − (0.5, 0.3) + ε‖₂ = … */
export function distanceTex(
  b: TripletBreakdown,
  t: TripletPoints,
  n: number,
  [x, y]: readonly [Role, Role],
  value: number,
): string {
  const d = String.raw`d(${SYMBOL[x]}_{${n}}, ${SYMBOL[y]}_{${n}})`;
  if (b.distance === 'cosine') {
    return String.raw`${d} = 1 - \cos\bigl(${vec(t[x])}, ${vec(t[y])}\bigr) = ${texNumber(value)}`;
  }
  const p = texCompact(b.p);
  return String.raw`${d} = \bigl\lVert ${vec(t[x])} - ${vec(t[y])} + ${texCompact(b.eps)} \bigr\rVert_{${p}} = ${texNumber(value)}`;
}

/** The hinge of one triplet with its distances written in. */
export function hingeTex(b: TripletBreakdown, row: TripletRow, n: number): string {
  const neg = b.swap
    ? String.raw`\min\{${texNumber(row.dAn)}, ${texNumber(row.dPn ?? Number.NaN)}\}`
    : texNumber(row.dAn);
  const symbolic = b.swap
    ? String.raw`d(a_{${n}}, p_{${n}}) - \min\{d(a_{${n}}, n_{${n}}),\, d(p_{${n}}, n_{${n}})\}`
    : String.raw`d(a_{${n}}, p_{${n}}) - d(a_{${n}}, n_{${n}})`;
  return String.raw`\begin{aligned} \ell_{${n}} &= \max\bigl\{${symbolic} + \text{margin},\ 0\bigr\} \\ &= \max\bigl\{${texNumber(row.dPos)} - ${neg} + ${texOperand(b.margin)},\ 0\bigr\} = ${texNumber(row.loss)} \end{aligned}`;
}
