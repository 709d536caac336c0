import type { MultiLabelSoftMarginSample } from '../../../src/index.ts';
import { texNumber } from '../../format.ts';

/**
 * One sample's loss with its numbers: the per-class terms from the core (weight × unweighted
 * term when a weight is set), their sum over C and the result.
 */
export function multiLabelSoftMarginTex(
  s: MultiLabelSoftMarginSample,
  unweighted: readonly number[] | null,
  n: number,
): string {
  const C = s.terms.length;
  const terms = s.terms.map((v) => texNumber(v)).join(' + ');
  const weighted = unweighted
    ? String.raw` \\ &= \frac{1}{${C}} \Bigl[ ${s.weights
        .map((w, c) => String.raw`${texNumber(w)} \cdot ${texNumber(unweighted[c] ?? Number.NaN)}`)
        .join(' + ')} \Bigr]`
    : '';
  return String.raw`\begin{aligned} \ell_{${n}} &= -\frac{1}{C} \sum_{c} w_{c} \bigl[ y_{c} \log \sigma(x_{c}) + (1 - y_{c}) \log\bigl(1 - \sigma(x_{c})\bigr) \bigr]${weighted} \\ &= \frac{1}{${C}} \bigl[ ${terms} \bigr] = ${texNumber(s.loss)} \end{aligned}`;
}
