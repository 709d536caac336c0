import { formatNumber } from '../../format.ts';
import { useBilingual } from '../../i18n/useStrings.ts';
import { P } from './pitfallStrings.ts';

export interface LossMatrixProps {
  readonly values: readonly (readonly number[])[];
  readonly labels: readonly number[];
}

/** The N × N losses of the broadcasting accident as a table shaded like a heat map. */
export function LossMatrix({ values, labels }: LossMatrixProps) {
  const text = useBilingual();
  const max = Math.max(1e-12, ...values.flat().filter(Number.isFinite));
  return (
    <div className="loss-matrix-wrap">
      <table className="loss-matrix" data-testid="loss-matrix">
        <caption>{text(P.matrixCaption)}</caption>
        <thead>
          <tr>
            <td />
            {labels.map((y, j) => (
              <th key={j} scope="col">
                {text(P.column(j, formatNumber(y)))}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {values.map((row, i) => (
            <tr key={i}>
              <th scope="row">{text(P.row(i))}</th>
              {row.map((v, j) => (
                <td
                  key={j}
                  className={i === j ? 'diagonal' : undefined}
                  data-testid={`matrix-cell-${i}-${j}`}
                  data-value={v}
                  style={{
                    background: `color-mix(in srgb, var(--c0) ${Number.isFinite(v) ? Math.round((v / max) * 45) : 0}%, transparent)`,
                  }}
                >
                  {formatNumber(v)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
