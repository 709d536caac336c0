import { memo, useDeferredValue, useMemo } from 'react';
import { formatNumber } from '../../format.ts';
import { useBilingual } from '../../i18n/useStrings.ts';
import { appStore, useAppStore } from '../../store/appStore.ts';
import { DEFAULT_OUTLIER } from '../../store/regressionLabSlice.ts';
import type { FitResult } from './fits.ts';
import { FitList } from './FitList.tsx';
import { FitModelControl } from './FitModelControl.tsx';
import { OutlierPlot } from './OutlierPlot.tsx';
import { demoData } from './outlierData.ts';
import { PullBars } from './PullBars.tsx';
import type { Knobs, RegressionLoss } from './regressionLosses.ts';
import { LAB } from './strings.ts';
import { useFits } from './useFits.ts';

export interface OutlierDemoProps {
  readonly current: string;
  readonly shown: readonly RegressionLoss[];
  readonly knobs: Knobs;
}

function describeFit(fit: FitResult): string {
  if (!fit.ok) return '—';
  return fit.kind === 'constant'
    ? `c = ${formatNumber(fit.value)}`
    : `y = ${formatNumber(fit.intercept)} ${fit.slope < 0 ? '−' : '+'} ${formatNumber(Math.abs(fit.slope))}·t`;
}

/** Seven points and a draggable outlier; each loss's best constant or line and its pulls. */
export const OutlierDemo = memo(function OutlierDemo({ current, shown, knobs }: OutlierDemoProps) {
  const text = useBilingual();
  const outlier = useAppStore((s) => s.regressionLab.outlier);
  const model = useAppStore((s) => s.regressionLab.model);
  // The point follows the pointer at once; the fits (a few milliseconds each for lines) may lag
  // a frame behind rather than make the drag stutter.
  const settled = useDeferredValue(outlier);
  const data = useMemo(() => demoData(settled), [settled]);
  const fits = useFits(model, knobs, data);
  const where = text(LAB.outlierText(formatNumber(outlier.t), formatNumber(outlier.y)));
  const fitText = shown.map((name) => `${name} ${describeFit(fits[name])}`).join('; ');

  return (
    <section className="outlier-demo" aria-labelledby="outlier-demo-title">
      <h4 id="outlier-demo-title">{text(LAB.demoTitle)}</h4>
      <p>{text(LAB.demoIntro)}</p>
      <div className="demo-toolbar">
        <FitModelControl />
        <button type="button" onClick={() => appStore.getState().setOutlier(DEFAULT_OUTLIER)}>
          {text(LAB.reset)}
        </button>
      </div>
      <div className="demo-grid">
        <figure className="plot">
          <OutlierPlot
            outlier={outlier}
            onMove={(p) => appStore.getState().setOutlier(p)}
            fits={fits}
            shown={shown}
            current={current}
            summary={text(LAB.scatterSummary(where, fitText))}
          />
        </figure>
        <FitList fits={fits} shown={shown} current={current} model={model} knobs={knobs} />
      </div>
      <p className="visually-hidden" aria-live="polite">
        {text(LAB.announce(where, fitText))}
      </p>
      <PullBars fits={fits} shown={shown} current={current} knobs={knobs} />
    </section>
  );
});
