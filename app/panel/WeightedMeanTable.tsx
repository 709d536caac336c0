import type { ClassBreakdown } from '../../src/index.ts';
import { formatNumber } from '../format.ts';
import { useBilingual } from '../i18n/useStrings.ts';
import { CLASS_TEXT } from './classText.ts';
import { ScrollBox } from './ScrollBox.tsx';

export interface WeightedMeanTableProps {
  readonly breakdown: ClassBreakdown;
  readonly sample: number;
  /** Header of the picked-entry column, e.g. `input[n, yₙ]` or `log p[yₙ]`. */
  readonly pickedLabel: string;
  /** The reduced result ('mean'), shown in the last row. */
  readonly mean: number | null;
}

/**
 * How 'mean' of a class-index loss is really computed: per sample the target, the picked entry,
 * the weight and the loss, whether it counts, and the two sums whose ratio is the result.
 */
export function WeightedMeanTable({
  breakdown,
  sample,
  pickedLabel,
  mean,
}: WeightedMeanTableProps) {
  const text = useBilingual();
  return (
    <section className="weighted-mean" aria-label={text(CLASS_TEXT.meanTitle)}>
      <h3>{text(CLASS_TEXT.meanTitle)}</h3>
      <ScrollBox>
        <table className="compare" data-testid="weighted-mean">
          <thead>
            <tr>
              <th>n</th>
              <th>{text(CLASS_TEXT.colTarget)}</th>
              <th>{pickedLabel}</th>
              <th>{text(CLASS_TEXT.colWeight)}</th>
              <th>{text(CLASS_TEXT.colLoss)}</th>
              <th>{text(CLASS_TEXT.colCounted)}</th>
            </tr>
          </thead>
          <tbody>
            {breakdown.positions.map((p, n) => (
              <tr key={n} className={n === sample ? 'current' : undefined}>
                <td>{n}</td>
                <td>{p.target ?? '—'}</td>
                <td className="value">
                  {p.ignored || p.target === null
                    ? '—'
                    : formatNumber(p.logProbs[p.target] ?? Number.NaN)}
                </td>
                <td className="value">{p.ignored ? '—' : formatNumber(p.weight)}</td>
                <td className="value">{formatNumber(p.loss)}</td>
                <td>{text(p.ignored ? CLASS_TEXT.ignoredRow : CLASS_TEXT.yes)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th colSpan={3}>{text(CLASS_TEXT.total)}</th>
              <td className="value">{formatNumber(breakdown.denominator)}</td>
              <td className="value">{formatNumber(breakdown.lossSum)}</td>
              <td />
            </tr>
            {mean !== null && (
              <tr>
                <th colSpan={4}>{text(CLASS_TEXT.meanRow)}</th>
                <td className="value" data-testid="weighted-mean-value">
                  {formatNumber(mean)}
                </td>
                <td />
              </tr>
            )}
          </tfoot>
        </table>
      </ScrollBox>
    </section>
  );
}
