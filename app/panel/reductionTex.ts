import { texNumber } from '../format.ts';

/** At most this many terms are written out; longer sums elide the middle. */
const MAX_TERMS = 6;

function terms(values: readonly number[]): string {
  const shown =
    values.length <= MAX_TERMS
      ? values.map((v) => texNumber(v))
      : [
          ...values.slice(0, 3).map((v) => texNumber(v)),
          '\\cdots',
          texNumber(values.at(-1) ?? Number.NaN),
        ];
  return shown.map((t, i) => (i > 0 && !t.startsWith('-') ? `+ ${t}` : t)).join(' ');
}

/**
 * How `reduction` turns the per-element losses into the result, with the numbers written in:
 * the step students most often get wrong ('mean' divides by the number of elements).
 */
export function reductionTex(
  reduction: string,
  perElement: readonly number[],
  result: number | null,
): string {
  const n = perElement.length;
  if (reduction === 'none')
    return String.raw`L = \left[ ${perElement
      .slice(0, MAX_TERMS)
      .map((v) => texNumber(v))
      .join(', ')}${n > MAX_TERMS ? ',\\ \\ldots' : ''} \right]`;
  const value = result === null ? '' : ` = ${texNumber(result)}`;
  if (reduction === 'sum')
    return String.raw`L = \sum_{n=1}^{${n}} \ell_n = ${terms(perElement)}${value}`;
  return String.raw`L = \frac{1}{${n}} \sum_{n=1}^{${n}} \ell_n = \frac{${terms(perElement)}}{${n}}${value}`;
}
