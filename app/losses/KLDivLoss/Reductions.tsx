import type { NestedNumbers } from '../../../src/index.ts';
import { formatNumber } from '../../format.ts';
import { useBilingual } from '../../i18n/useStrings.ts';
import { flatten, shapeOf } from '../../panel/nested.ts';
import { KL_TEXT } from './strings.ts';
import { KL_REDUCTIONS, type KlNumbers } from './useKlNumbers.ts';
import { ScrollBox } from '../../panel/ScrollBox.tsx';

function Value({ value }: { value: NestedNumbers }) {
  if (typeof value === 'number') return <>{formatNumber(value)}</>;
  // 'none': one line per sample, so the table stays narrow.
  const rows = value.map((row) => (Array.isArray(row) ? flatten(row) : [row as number]));
  return (
    <>
      ({shapeOf(value).join('×')})
      {rows.map((row, n) => (
        <span key={n} className="tensor-line">
          [{row.map((x) => formatNumber(x)).join(', ')}]
        </span>
      ))}
    </>
  );
}

/**
 * The four reductions computed on the same tensors, with the current one marked: the place to
 * see that only 'batchmean' equals the average per-sample KL, and 'mean' is C times smaller.
 */
export function Reductions({ numbers, reduction }: { numbers: KlNumbers; reduction: string }) {
  const text = useBilingual();
  return (
    <section className="kl-reductions" aria-label={text(KL_TEXT.reductionsTitle)}>
      <h3>{text(KL_TEXT.reductionsTitle)}</h3>
      <ScrollBox>
        <table className="compare" data-testid="kl-reductions">
          <thead>
            <tr>
              <th>{text(KL_TEXT.colReduction)}</th>
              <th>{text(KL_TEXT.colValue)}</th>
              <th>{text(KL_TEXT.colMeaning)}</th>
            </tr>
          </thead>
          <tbody>
            {KL_REDUCTIONS.map((r) => (
              <tr key={r} className={r === reduction ? 'current' : undefined}>
                <td>
                  <code>'{r}'</code>
                </td>
                <td className="value" data-testid={`kl-${r}`}>
                  <Value value={numbers.byReduction[r]} />
                </td>
                <td>{text(KL_TEXT.reductionHow[r])}</td>
              </tr>
            ))}
          </tbody>
          <caption>
            {text(KL_TEXT.perSampleKl(numbers.perSample.map((v) => formatNumber(v)).join(', ')))}
          </caption>
        </table>
      </ScrollBox>
    </section>
  );
}
