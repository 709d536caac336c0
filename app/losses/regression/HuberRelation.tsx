import { memo, useMemo } from 'react';
import { checkHuberSmoothL1, LossInputError, type HuberSmoothL1Row } from '../../../src/index.ts';
import { formatNumber } from '../../format.ts';
import { useBilingual, useStrings } from '../../i18n/useStrings.ts';
import { Formula } from '../../panel/Formula.tsx';
import { LAB } from './strings.ts';
import type { Knobs } from './regressionLosses.ts';
import { ScrollBox } from '../../panel/ScrollBox.tsx';

export interface HuberRelationProps {
  readonly knobs: Knobs;
  readonly setBeta: (v: number) => void;
  /** The page's highlighted element, x − y, to check the identity on the user's own number. */
  readonly element: { readonly index: number; readonly residual: number } | null;
}

const IDENTITY = String.raw`\operatorname{Huber}_{\delta}(x - y) \;=\; \delta \cdot \operatorname{SmoothL1}_{\beta = \delta}(x - y)`;

/** The identity Huber(δ) = δ · SmoothL1(β = δ), evaluated by the core at a few residuals. */
export const HuberRelation = memo(function HuberRelation({
  knobs,
  setBeta,
  element,
}: HuberRelationProps) {
  const text = useBilingual();
  const t = useStrings();
  const { beta, delta } = knobs;
  const places = [
    text(LAB.inside),
    text(LAB.edge),
    text(LAB.tail),
    ...(element ? [text(LAB.yourElement(element.index))] : []),
  ];
  const residual = element?.residual;
  // One residual in each branch, the edge between them, and the user's own element.
  const check = useMemo((): { rows: HuberSmoothL1Row[] } | { error: string } => {
    const rs = [0.5 * delta, delta, -2.5 * delta, ...(residual === undefined ? [] : [residual])];
    try {
      return { rows: checkHuberSmoothL1(delta, rs) };
    } catch (e) {
      if (e instanceof LossInputError) return { error: e.message };
      throw e;
    }
  }, [delta, residual]);

  return (
    <section className="relation" aria-label={text(LAB.relationTitle)}>
      <h4>{text(LAB.relationTitle)}</h4>
      <Formula tex={IDENTITY} label={text(LAB.relationTitle)} />
      <p>{text(LAB.relationIntro)}</p>
      {'error' in check ? (
        <p className="compute-error">
          {t.computeError} {check.error}
        </p>
      ) : (
        <ScrollBox>
          <table aria-label={text(LAB.relationTable)} data-testid="relation-table">
            <thead>
              <tr>
                <th scope="col">{text(LAB.where)}</th>
                <th scope="col">x − y</th>
                <th scope="col">HuberLoss(δ={formatNumber(delta)})</th>
                <th scope="col">SmoothL1Loss(β={formatNumber(delta)})</th>
                <th scope="col">δ × SmoothL1</th>
                <th scope="col">{text(LAB.difference)}</th>
              </tr>
            </thead>
            <tbody>
              {check.rows.map((row, i) => (
                <tr key={i} data-testid="relation-row" data-residual={row.residual}>
                  <th scope="row">{places[i]}</th>
                  <td>{formatNumber(row.residual)}</td>
                  <td data-value={row.huber}>{formatNumber(row.huber, 6)}</td>
                  <td data-value={row.smoothL1}>{formatNumber(row.smoothL1, 6)}</td>
                  <td data-value={row.scaled}>{formatNumber(row.scaled, 6)}</td>
                  <td data-value={row.difference}>
                    {formatNumber(row.difference)} {row.difference <= 1e-12 ? '✓' : ''}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollBox>
      )}
      {beta === delta ? (
        <p className="note">{text(LAB.relationSame)}</p>
      ) : (
        <p className="note">
          {text(LAB.relationDiffers(formatNumber(beta), formatNumber(delta)))}{' '}
          <button type="button" onClick={() => setBeta(delta)}>
            {text(LAB.setBetaToDelta)}
          </button>
        </p>
      )}
    </section>
  );
});
