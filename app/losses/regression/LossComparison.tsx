import { memo } from 'react';
import type { CurveSamples } from '../../../src/index.ts';
import { formatNumber } from '../../format.ts';
import { useBilingual } from '../../i18n/useStrings.ts';
import { LinePlot, type Series } from '../../plot/LinePlot.tsx';
import { useStrings } from '../../i18n/useStrings.ts';
import { quadraticZone } from './quadraticZone.ts';
import { LOSS_CLASS, lossLabel, type Knobs, type RegressionLoss } from './regressionLosses.ts';
import { LAB } from './strings.ts';
import { useComparisonCurves } from './useComparisonCurves.ts';

export interface LossComparisonProps {
  readonly current: string;
  readonly shown: readonly RegressionLoss[];
  readonly knobs: Knobs;
}

/** The overlay of the four losses and of their gradients, with the quadratic zone shaded. */
export const LossComparison = memo(function LossComparison({
  current,
  shown,
  knobs,
}: LossComparisonProps) {
  const text = useBilingual();
  const t = useStrings();
  const { half, curves } = useComparisonCurves(knobs);
  // The page's own loss is drawn last, on top of any curve it coincides with.
  const visible = [...shown]
    .sort((a, b) => Number(a === current) - Number(b === current))
    .flatMap((name) => {
      const c = curves[name];
      return 'error' in c ? [] : [{ name, curve: c }];
    });
  const refused = shown.flatMap((name) => {
    const c = curves[name];
    return 'error' in c ? [{ name, error: c.error }] : [];
  });
  const series = (pick: (c: CurveSamples) => Float64Array, prefix: string): Series[] =>
    visible.map(({ name, curve }) => ({
      id: `${prefix}${name}`,
      label: lossLabel(name, knobs, formatNumber),
      xs: curve.x,
      ys: pick(curve),
      className: `${LOSS_CLASS[name]}${name === current ? ' emphasis' : ''}`,
    }));
  // The value at the right end of the range: the numbers that tell the curves apart.
  const atEnd = (pick: (c: CurveSamples) => Float64Array) =>
    visible
      .map(({ name, curve }) => `${name} ${formatNumber(pick(curve).at(-1) ?? Number.NaN)}`)
      .join(', ');
  const band =
    current === 'HuberLoss'
      ? quadraticZone('δ', knobs.delta, text)
      : quadraticZone('β', knobs.beta, text);
  const loss = (c: CurveSamples) => c.loss;
  const grad = (c: CurveSamples) => c.grad;

  const errors = refused.map(({ name, error }) => (
    <p key={name} className="compute-error">
      {name}: {t.computeError} {error}
    </p>
  ));
  if (visible.length === 0)
    return (
      <>
        {errors}
        {shown.length === 0 && <p className="note">{text(LAB.noneShown)}</p>}
      </>
    );
  return (
    <>
      {errors}
      <div className="plots comparison-plots" data-testid="comparison">
        <LinePlot
          title={text(LAB.lossTitle)}
          summary={text(LAB.lossSummary(String(half), atEnd(loss)))}
          xLabel={t.residual}
          yLabel="ℓ"
          series={series(loss, 'cmp-')}
          band={band}
          testId="comparison-loss"
        />
        <LinePlot
          title={text(LAB.gradTitle)}
          summary={text(LAB.gradSummary(String(half), atEnd(grad)))}
          xLabel={t.residual}
          yLabel="∂ℓ/∂x"
          series={series(grad, 'cmp-grad-')}
          band={band}
          testId="comparison-grad"
        />
      </div>
    </>
  );
});
