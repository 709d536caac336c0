import { texNumber, texOperand } from '../../format.ts';

const MAX_TERMS = 4;

/**
 * One sample's divergence with its numbers: Σ_c p_c (log p_c − x_c), or Σ_c e^{y_c} (y_c − x_c)
 * with log_target, ending in the core's value. Long rows elide the middle terms.
 */
export function rowKlTex(
  x: readonly number[],
  y: readonly number[],
  logTarget: boolean,
  value: number,
): string {
  const terms = x.map((xc, c) => {
    const yc = y[c] ?? Number.NaN;
    if (logTarget)
      return String.raw`e^{${texNumber(yc)}}\left(${texNumber(yc)} - ${texOperand(xc)}\right)`;
    if (yc === 0) return '0';
    return String.raw`${texNumber(yc)}\left(\log ${texNumber(yc)} - ${texOperand(xc)}\right)`;
  });
  const shown =
    terms.length <= MAX_TERMS ? terms : [...terms.slice(0, 2), '\\cdots', ...terms.slice(-1)];
  // One term per line: a row of KL terms is too wide for one line on a projector or a phone.
  const lines = shown.map((term, i) => (i === 0 ? `&= ${term}` : `&\\quad + ${term}`));
  const general = logTarget
    ? String.raw`\sum_c e^{y_c}\,(y_c - x_c)`
    : String.raw`\sum_c p_c\,(\log p_c - x_c)`;
  return String.raw`\begin{aligned} D_{\mathrm{KL}}(p \,\|\, q) &= ${general} \\ ${lines.join(String.raw` \\ `)} \\ &= ${texNumber(value)} \end{aligned}`;
}

/** The per-element formula when the target is given as log-probabilities. */
export const LOG_TARGET_FORMULA = String.raw`\ell_{n,c} = e^{y_{n,c}} \left( y_{n,c} - x_{n,c} \right) \qquad (\texttt{log\_target=True}:\ y = \log p)`;

/**
 * The reduction with its numbers, from the core's sum: 'batchmean' divides by input.size(0) (for
 * an unbatched (C) input that is C, as in PyTorch), 'mean' by every element.
 */
export function klReductionTex(
  reduction: string,
  sum: number,
  size0: number,
  elements: number,
  result: number,
): string {
  if (reduction === 'sum') return String.raw`L = \sum_{n,c} \ell_{n,c} = ${texNumber(result)}`;
  if (reduction === 'batchmean')
    return String.raw`L = \frac{1}{N} \sum_{n,c} \ell_{n,c} = \frac{${texNumber(sum)}}{${size0}} = ${texNumber(result)}`;
  return String.raw`L = \frac{1}{N \cdot C} \sum_{n,c} \ell_{n,c} = \frac{${texNumber(sum)}}{${elements}} = ${texNumber(result)}`;
}
