import type { MultiLabelMarginSample } from '../../../src/index.ts';
import { formatNumber } from '../../format.ts';
import { useBilingual } from '../../i18n/useStrings.ts';
import { MLM } from './strings.ts';

/** The (target, non-target) hinges of one sample as a table shaded like a heat map. */
export function PairMatrix({ s }: { s: MultiLabelMarginSample }) {
  const text = useBilingual();
  const classes = s.scores.length;
  if (s.listed.length === 0) return <p className="note">{text(MLM.noTargets)}</p>;
  if (s.others.length === 0) return <p className="note">{text(MLM.noOthers)}</p>;
  const max = Math.max(1, ...s.terms.flat().filter(Number.isFinite));
  return (
    <section className="pair-matrix" aria-label={text(MLM.matrixTitle)}>
      <h4>{text(MLM.matrixTitle)}</h4>
      <p className="hint">{text(MLM.matrixCaption)}</p>
      <div className="loss-matrix-wrap">
        <table className="loss-matrix" data-testid="pair-matrix">
          <caption className="visually-hidden">{text(MLM.matrixTitle)}</caption>
          <thead>
            <tr>
              <th scope="col">{text(MLM.corner)}</th>
              {s.others.map((i) => (
                <th key={i} scope="col">
                  {text(MLM.colHead(i))}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {s.listed.map((j, k) => (
              <tr key={k}>
                <th scope="row">{text(MLM.rowHead(k, j))}</th>
                {s.others.map((i, m) => {
                  const v = s.terms[k]?.[m] ?? Number.NaN;
                  return (
                    <td
                      key={i}
                      className={v > 0 ? 'pays' : 'clear'}
                      data-testid={`pair-${j}-${i}`}
                      data-value={v}
                      style={{
                        background: `color-mix(in srgb, var(--c1) ${Number.isFinite(v) ? Math.round((v / max) * 45) : 0}%, transparent)`,
                      }}
                    >
                      {formatNumber(v)}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="pair-total" data-testid="pair-total">
        {text(MLM.total(formatNumber(s.sum), classes, formatNumber(s.loss)))}
      </p>
    </section>
  );
}
