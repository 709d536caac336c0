import type { MultiMarginSample } from '../../../src/index.ts';
import { texNumber, texOperand } from '../../format.ts';

/**
 * The loss of one sample with its numbers: every rival's hinge written out (the target's own
 * term left out), then the core's terms and their sum over C.
 */
export function multiMarginTex(
  s: MultiMarginSample,
  n: number,
  margin: number,
  p: number,
  weighted: boolean,
): string {
  const C = s.scores.length;
  const y = s.target;
  const power = p === 1 ? '' : `^{${p}}`;
  const xy = texNumber(s.scores[y] ?? Number.NaN);
  const rivals = s.scores.map((_, i) => i).filter((i) => i !== y);
  const each = rivals.map(
    (i) =>
      String.raw`\max\bigl(0,\ ${texNumber(margin)} - ${xy} + ${texOperand(s.scores[i] ?? Number.NaN)}\bigr)${power}`,
  );
  // Two hinges per line, so the formula fits a phone and a projector alike.
  const lines = Array.from({ length: Math.ceil(each.length / 2) }, (_, k) =>
    each.slice(2 * k, 2 * k + 2).join(' + '),
  );
  const hinges = lines.join(String.raw` \\ &\qquad + `);
  const terms = rivals.map((i) => texNumber(s.terms[i] ?? Number.NaN)).join(' + ');
  const w = weighted ? String.raw`\qquad (w_{${y}} = ${texNumber(s.weight)})` : '';
  return String.raw`\begin{aligned} \ell_{${n}} &= \frac{w_{y}}{C} \sum_{i \neq y} \max\bigl(0,\ \text{margin} - x_{y} + x_{i}\bigr)^{p}, \quad y = ${y} \\ &= \frac{${weighted ? `w_{${y}}` : '1'}}{${C}} \Bigl[ ${hinges} \Bigr]${w} \\ &= \frac{1}{${C}} \bigl[ ${terms || '0'} \bigr] = ${texNumber(s.loss)} \end{aligned}`;
}
