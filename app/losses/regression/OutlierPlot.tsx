import { linearScale } from '../../plot/linearScale.ts';
import { useId, useMemo } from 'react';
import { formatNumber } from '../../format.ts';
import { useBilingual } from '../../i18n/useStrings.ts';
import { Axes } from '../../plot/Axes.tsx';
import { DraggablePoint } from '../../plot/DraggablePoint.tsx';
import type { OutlierPoint } from '../../store/regressionLabSlice.ts';
import type { FitResult } from './fits.ts';
import { INLIERS, OUTLIER_BOUNDS, OUTLIER_STEP, PLOT_DOMAIN } from './outlierData.ts';
import { LOSS_CLASS, type RegressionLoss } from './regressionLosses.ts';
import { LAB } from './strings.ts';

export interface OutlierPlotProps {
  readonly outlier: OutlierPoint;
  readonly onMove: (p: OutlierPoint) => void;
  readonly fits: Readonly<Record<RegressionLoss, FitResult>>;
  readonly shown: readonly RegressionLoss[];
  readonly current: string;
  /** The text alternative of the static part: points and fits in numbers. */
  readonly summary: string;
}

const WIDTH = 520;
const HEIGHT = 320;
const MARGIN = { top: 16, right: 16, bottom: 40, left: 44 };

/** The data, each loss's best constant or line, and the outlier to drag. */
export function OutlierPlot({ outlier, onMove, fits, shown, current, summary }: OutlierPlotProps) {
  const text = useBilingual();
  // useId's characters are not all valid inside url(#...).
  const clip = `clip${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const { x, y } = useMemo(
    () => ({
      x: linearScale(PLOT_DOMAIN.t, [MARGIN.left, WIDTH - MARGIN.right]),
      y: linearScale(PLOT_DOMAIN.y, [HEIGHT - MARGIN.bottom, MARGIN.top]),
    }),
    [],
  );
  const [t0, t1] = PLOT_DOMAIN.t;
  const points = [...INLIERS, outlier];
  const currentFit = shown.includes(current as RegressionLoss)
    ? fits[current as RegressionLoss]
    : undefined;
  const at = (fit: FitResult, t: number) =>
    !fit.ok ? Number.NaN : fit.kind === 'constant' ? fit.value : fit.intercept + fit.slope * t;

  return (
    <svg className="outlier-plot" viewBox={`0 0 ${WIDTH} ${HEIGHT}`}>
      <defs>
        <clipPath id={clip}>
          <rect
            x={MARGIN.left}
            y={MARGIN.top}
            width={WIDTH - MARGIN.left - MARGIN.right}
            height={HEIGHT - MARGIN.top - MARGIN.bottom}
          />
        </clipPath>
      </defs>
      <g role="img" aria-label={summary}>
        <Axes x={x} y={y} xLabel={text(LAB.tAxis)} yLabel={text(LAB.yAxis)} />
        <g clipPath={`url(#${clip})`}>
          {shown.map((name) => {
            const fit = fits[name];
            if (!fit.ok || fit.kind !== 'constant' || fit.upper - fit.lower <= 1e-9) return null;
            return (
              <g key={`flat-${name}`} className={`flat-band ${LOSS_CLASS[name]}`}>
                <rect
                  x={MARGIN.left}
                  width={WIDTH - MARGIN.left - MARGIN.right}
                  y={y(fit.upper)}
                  height={Math.max(1, y(fit.lower) - y(fit.upper))}
                />
                <text x={MARGIN.left + 4} y={y(fit.upper) - 4}>
                  {name}: {text(LAB.flatBand)}
                </text>
              </g>
            );
          })}
          {currentFit?.ok &&
            points.map((p, i) => (
              <line
                key={`res-${i}`}
                className="residual"
                x1={x(p.t)}
                x2={x(p.t)}
                y1={y(p.y)}
                y2={y(currentFit.predictions[i] ?? p.y)}
              />
            ))}
          {[...shown]
            .sort((a, b) => Number(a === current) - Number(b === current))
            .map((name) => {
              const fit = fits[name];
              if (!fit.ok) return null;
              return (
                <line
                  key={name}
                  className={`series fit-line ${LOSS_CLASS[name]}${name === current ? ' emphasis' : ''}`}
                  data-fit={name}
                  x1={x(t0)}
                  x2={x(t1)}
                  y1={y(at(fit, t0))}
                  y2={y(at(fit, t1))}
                />
              );
            })}
        </g>
        {INLIERS.map((p, i) => (
          <circle key={i} className="data-point" cx={x(p.t)} cy={y(p.y)} r={4.5}>
            <title>{`t = ${formatNumber(p.t)}, y = ${formatNumber(p.y)}`}</title>
          </circle>
        ))}
        <text
          className="outlier-label"
          x={x(outlier.t) + (outlier.t > 5 ? -18 : 18)}
          y={y(outlier.y) + 4}
          textAnchor={outlier.t > 5 ? 'end' : 'start'}
        >
          {text(LAB.outlier)}
        </text>
      </g>
      <DraggablePoint
        x={outlier.t}
        y={outlier.y}
        scales={{ x, y }}
        xBounds={OUTLIER_BOUNDS.t}
        yBounds={OUTLIER_BOUNDS.y}
        step={OUTLIER_STEP}
        onMove={(t, v) => onMove({ t, y: v })}
        label={text(LAB.outlier)}
        valueText={text(LAB.outlierText(formatNumber(outlier.t), formatNumber(outlier.y)))}
        className="outlier"
      />
    </svg>
  );
}
