import { scaleBand } from 'd3-scale';
import { linearScale } from '../../plot/linearScale.ts';
import { formatNumber } from '../../format.ts';
import { useBilingual } from '../../i18n/useStrings.ts';
import type { FitResult } from './fits.ts';
import { LOSS_CLASS, lossLabel, type Knobs, type RegressionLoss } from './regressionLosses.ts';
import { LAB } from './strings.ts';

export interface PullBarsProps {
  readonly fits: Readonly<Record<RegressionLoss, FitResult>>;
  readonly shown: readonly RegressionLoss[];
  readonly current: string;
  readonly knobs: Knobs;
}

const WIDTH = 260;
const HEIGHT = 170;
const MARGIN = { top: 10, right: 8, bottom: 18, left: 34 };

/** The most a point can pull under each loss (reduction='sum'), or null: MSE has no cap. */
function capOf(name: RegressionLoss, { delta }: Knobs): number | null {
  if (name === 'MSELoss') return null;
  return name === 'HuberLoss' ? delta : 1;
}

/**
 * Small multiples, one per loss on one shared scale: each point's ∂ℓₙ/∂xₙ at that loss's own
 * best fit, the outlier's bar last and marked, with the cap drawn where there is one.
 */
export function PullBars({ fits, shown, current, knobs }: PullBarsProps) {
  const text = useBilingual();
  const ok = shown.flatMap((name) => {
    const f = fits[name];
    return f.ok ? [{ name, pulls: f.pulls }] : [];
  });
  const biggest = Math.max(2, ...ok.flatMap((o) => o.pulls.map(Math.abs)));
  const y = linearScale([-biggest * 1.12, biggest * 1.12], [HEIGHT - MARGIN.bottom, MARGIN.top]);
  const n = ok[0]?.pulls.length ?? 0;
  const x = scaleBand<number>()
    .domain(Array.from({ length: n }, (_, i) => i))
    .range([MARGIN.left, WIDTH - MARGIN.right])
    .padding(0.25);
  const ticks = y.ticks(4);

  return (
    <section className="pulls" aria-label={text(LAB.pullsTitle)}>
      <h5>{text(LAB.pullsTitle)}</h5>
      <div className="pull-grid">
        {ok.map(({ name, pulls }) => {
          const cap = capOf(name, knobs);
          const outlier = pulls.at(-1) ?? Number.NaN;
          const others = pulls.slice(0, -1);
          const summary = text(
            LAB.pullsSummary(
              name,
              formatNumber(outlier),
              formatNumber(Math.min(...others)),
              formatNumber(Math.max(...others)),
            ),
          );
          return (
            <figure
              key={name}
              className={`pull-chart ${LOSS_CLASS[name]}${name === current ? ' emphasis' : ''}`}
              data-testid={`pulls-${name}`}
            >
              <figcaption>
                <span className="swatch" aria-hidden="true" />{' '}
                {lossLabel(name, knobs, formatNumber)}
              </figcaption>
              <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={summary}>
                {ticks.map((v) => (
                  <g key={v} aria-hidden="true">
                    <line
                      className={v === 0 ? 'grid zero' : 'grid'}
                      x1={MARGIN.left}
                      x2={WIDTH - MARGIN.right}
                      y1={y(v)}
                      y2={y(v)}
                    />
                    <text className="tick" x={MARGIN.left - 4} y={y(v) + 4} textAnchor="end">
                      {formatNumber(v, 3)}
                    </text>
                  </g>
                ))}
                {pulls.map((p, i) => (
                  <rect
                    key={i}
                    className={i === n - 1 ? 'bar outlier-bar' : 'bar'}
                    x={x(i)}
                    width={x.bandwidth()}
                    y={Math.min(y(0), y(p))}
                    height={Math.abs(y(p) - y(0))}
                    data-pull={p}
                  >
                    <title>{`${text(i === n - 1 ? LAB.outlier : LAB.point(i))}: ${formatNumber(p)}`}</title>
                  </rect>
                ))}
                <text
                  className="bar-value"
                  x={(x(n - 1) ?? 0) + x.bandwidth() / 2}
                  y={outlier >= 0 ? y(outlier) - 3 : y(outlier) + 11}
                  textAnchor="middle"
                >
                  {formatNumber(outlier, 3)}
                </text>
                {cap !== null ? (
                  <g className="cap">
                    <line x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={y(cap)} y2={y(cap)} />
                    <line x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={y(-cap)} y2={y(-cap)} />
                    <text x={MARGIN.left + 2} y={y(cap) - 3}>
                      {text(LAB.cap(formatNumber(cap)))}
                    </text>
                  </g>
                ) : (
                  <text className="cap" x={MARGIN.left + 2} y={MARGIN.top + 10}>
                    {text(LAB.noCap)}
                  </text>
                )}
              </svg>
            </figure>
          );
        })}
      </div>
      <p className="control-doc">{text(LAB.pullsIntro)}</p>
    </section>
  );
}
