import { formatNumber } from '../../format.ts';
import { useBilingual, useStrings } from '../../i18n/useStrings.ts';
import type { FitModel } from '../../store/regressionLabSlice.ts';
import type { FitResult } from './fits.ts';
import { LOSS_CLASS, lossLabel, type Knobs, type RegressionLoss } from './regressionLosses.ts';
import { LAB } from './strings.ts';

export interface FitListProps {
  readonly fits: Readonly<Record<RegressionLoss, FitResult>>;
  readonly shown: readonly RegressionLoss[];
  readonly current: string;
  readonly model: FitModel;
  readonly knobs: Knobs;
}

function Note({ name, fit }: { name: RegressionLoss; fit: FitResult }) {
  const text = useBilingual();
  if (!fit.ok) return null;
  if (fit.kind === 'line')
    return name === 'MSELoss' ? <small>{text(LAB.aside(text(LAB.leastSquares)))}</small> : null;
  if (name === 'MSELoss') return <small>{text(LAB.aside(text(LAB.theMean)))}</small>;
  const notes = [
    ...(name === 'L1Loss' ? [text(LAB.theMedian)] : []),
    ...(fit.upper - fit.lower > 1e-9
      ? [text(LAB.anyBetween(formatNumber(fit.lower), formatNumber(fit.upper)))]
      : []),
  ];
  return notes.length > 0 ? (
    <small>{text(LAB.aside(notes.join(text(LAB.separator))))}</small>
  ) : null;
}

/** The minimiser of each shown loss, as numbers (data attributes carry the exact values). */
export function FitList({ fits, shown, current, model, knobs }: FitListProps) {
  const text = useBilingual();
  const t = useStrings();
  return (
    <section
      className="fit-list"
      aria-label={text(model === 'constant' ? LAB.bestConstant : LAB.bestLine)}
    >
      <h5>{text(model === 'constant' ? LAB.bestConstant : LAB.bestLine)}</h5>
      <ul>
        {shown.map((name) => {
          const fit = fits[name];
          const attrs = !fit.ok
            ? {}
            : fit.kind === 'constant'
              ? { 'data-value': fit.value }
              : { 'data-intercept': fit.intercept, 'data-slope': fit.slope };
          return (
            <li
              key={name}
              className={`${LOSS_CLASS[name]}${name === current ? ' emphasis' : ''}`}
              data-testid={`fit-${name}`}
              {...attrs}
            >
              <span className="swatch" aria-hidden="true" />
              <code>{lossLabel(name, knobs, formatNumber)}</code>{' '}
              {!fit.ok ? (
                <span className="compute-error">
                  {t.computeError} {fit.message}
                </span>
              ) : fit.kind === 'constant' ? (
                <span>
                  c = <strong>{formatNumber(fit.value)}</strong>
                </span>
              ) : (
                <span>
                  y = <strong>{formatNumber(fit.intercept)}</strong> {fit.slope < 0 ? '−' : '+'}{' '}
                  <strong>{formatNumber(Math.abs(fit.slope))}</strong>·t
                </span>
              )}
              <Note name={name} fit={fit} />
            </li>
          );
        })}
      </ul>
    </section>
  );
}
