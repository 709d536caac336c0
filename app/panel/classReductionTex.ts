import { texNumber } from '../format.ts';
import { reductionTex } from './reductionTex.ts';

/** What the 'mean' of a class-index loss needs from each position. */
export interface ReducedPosition {
  readonly loss: number;
  /** w[target] as counted in the denominator (0 when ignored). */
  readonly weight: number;
  readonly ignored: boolean;
}

const MAX_TERMS = 5;

function sumTex(values: readonly number[]): string {
  if (values.length === 0) return '0';
  const shown =
    values.length <= MAX_TERMS
      ? values.map((v) => texNumber(v))
      : [...values.slice(0, 3).map((v) => texNumber(v)), '\\cdots', texNumber(values.at(-1) ?? 0)];
  return shown.map((t, i) => (i > 0 && !t.startsWith('-') ? `+ ${t}` : t)).join(' ');
}

/**
 * The reduction of NLLLoss / CrossEntropyLoss (class-index targets) with the numbers written in.
 * 'mean' is a weighted mean: Σ ℓ_n over the counted positions divided by Σ w[y_n] over the same
 * positions, so ignored positions vanish from both, and a batch with none left gives 0/0 = NaN.
 */
export function classReductionTex(
  reduction: string,
  positions: readonly ReducedPosition[],
  result: number | null,
): string {
  const counted = positions.filter((p) => !p.ignored);
  if (reduction !== 'mean')
    return reductionTex(
      reduction,
      positions.map((p) => p.loss),
      result,
    );
  const value = result === null ? '' : ` = ${texNumber(result)}`;
  const numerator = sumTex(counted.map((p) => p.loss));
  const denominator = sumTex(counted.map((p) => p.weight));
  const skipped = positions.length - counted.length;
  const note = skipped > 0 ? String.raw`\quad\text{(${skipped} ignored)}` : '';
  return String.raw`L = \frac{\sum_{n} \ell_n}{\sum_{n:\,y_n \neq \text{ignore\_index}} w_{y_n}} = \frac{${numerator}}{${denominator}}${value}${note}`;
}
