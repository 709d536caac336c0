import type { MultiLabelMarginSample } from '../../../src/index.ts';
import { texNumber } from '../../format.ts';

const PER_LINE = 4;

/**
 * One sample's loss with its numbers: the symbolic double sum, then every pair's term from the
 * core (four to a line), their sum over C and the result.
 */
export function multiLabelMarginTex(s: MultiLabelMarginSample, n: number): string {
  const C = s.scores.length;
  const terms = s.terms.flat().map((v) => texNumber(v));
  const lines = Array.from({ length: Math.ceil(terms.length / PER_LINE) }, (_, k) =>
    terms.slice(PER_LINE * k, PER_LINE * k + PER_LINE).join(' + '),
  );
  const body = lines.length ? lines.join(String.raw` \\ &\qquad + `) : '0';
  const sets = String.raw`\{${s.listed.join(', ')}\}`;
  return String.raw`\begin{aligned} \ell_{${n}} &= \frac{1}{C} \sum_{j \in ${sets}} \; \sum_{i \notin ${sets}} \max\bigl(0,\ 1 - (x_{j} - x_{i})\bigr) \\ &= \frac{1}{${C}} \Bigl[ ${body} \Bigr] \\ &= \frac{${texNumber(s.sum)}}{${C}} = ${texNumber(s.loss)} \end{aligned}`;
}
