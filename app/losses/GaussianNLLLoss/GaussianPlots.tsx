import type { CurveSamples } from '../../../src/index.ts';
import { formatNumber } from '../../format.ts';
import { focusDomain } from '../../plot/focusDomain.ts';
import { LinePlot, type Marker } from '../../plot/LinePlot.tsx';
import type { GaussianStrings } from './strings.ts';
import type { GaussianCurves, GaussianElement } from './useGaussianCurves.ts';

export interface GaussianPlotsProps {
  readonly text: GaussianStrings;
  readonly element: GaussianElement;
  readonly curves: GaussianCurves;
  readonly eps: number;
}

/**
 * Below (x − y)² the var gradient dives to −∞ as var → 0: show its positive hump and a band
 * below zero, so the crossing at (x − y)² is visible without the dive flattening the rest.
 */
function varGradDomain(grad: ArrayLike<number>, atElement: number): [number, number] {
  const [lo, hi] = focusDomain([grad], { skipLeft: 0.06, keep: [atElement], zero: true });
  return [Math.min(lo, -0.4 * hi), hi];
}

const one = (x: number, y: number, label: string): Marker[] => [{ x, y, label, highlighted: true }];

/**
 * The highlighted element's loss against its mean (a parabola, lowest at x = y) and against its
 * variance (lowest at var = (x − y)², flat below eps), each with its gradient.
 */
export function GaussianPlots({ text, element, curves, eps }: GaussianPlotsProps) {
  const { vsMean, vsVar, bestVar, point } = curves;
  const f = formatNumber;
  const loss = point?.loss ?? Number.NaN;
  const series = (c: CurveSamples, kind: 'loss' | 'grad', id: string) => [
    {
      id,
      label: kind === 'loss' ? text.lossAxis : '∂ℓₙ',
      xs: c.x,
      ys: c[kind],
      className: kind === 'loss' ? 'c0' : 'c1',
    },
  ];
  // The clamp is only drawn once eps is wide enough to see (the default 1e-6 is not).
  const right = vsVar ? (vsVar.x[vsVar.x.length - 1] ?? 1) : 1;
  const clampBand = eps > right / 100 ? { from: 0, to: eps, label: text.clamped } : undefined;
  // Below eps the clamp flattens the loss, and (x − y)² is then only one of many minima.
  const varRefs = [
    { x: bestVar, label: (bestVar < eps ? text.minVarClamped : text.minVar)(f(bestVar)) },
  ];
  const meanRefs = [{ x: element.y, label: text.minX(f(element.y)) }];
  const meanGradRefs = [{ x: element.y, label: text.zeroX(f(element.y)) }];
  // Below eps the gradient is taken at eps, so it has no zero at (x − y)²: no line there.
  const varGradRefs = bestVar < eps ? [] : [{ x: bestVar, label: text.zeroVar(f(bestVar)) }];
  return (
    <div className="plots" data-testid="plot">
      {vsMean && (
        <>
          <LinePlot
            title={text.lossVsX}
            summary={text.summaryX(f(element.x), f(element.y), f(element.v), f(loss))}
            xLabel={text.xAxis}
            yLabel={text.lossAxis}
            series={series(vsMean, 'loss', 'loss-mean')}
            markers={one(element.x, loss, text.point(f(loss)))}
            references={meanRefs}
            testId="plot-mean"
          />
          <LinePlot
            title={text.gradVsX}
            summary={text.summaryGradX(f(element.y), f(point?.gradX ?? Number.NaN))}
            xLabel={text.xAxis}
            yLabel="∂ℓₙ / ∂x"
            series={series(vsMean, 'grad', 'grad-mean')}
            markers={one(
              element.x,
              point?.gradX ?? Number.NaN,
              text.point(f(point?.gradX ?? Number.NaN)),
            )}
            references={meanGradRefs}
            height={200}
          />
        </>
      )}
      {vsVar && (
        <>
          <LinePlot
            title={text.lossVsVar}
            summary={text.summaryVar(f(bestVar), f(element.v), f(loss))}
            xLabel={text.varAxis}
            yLabel={text.lossAxis}
            series={series(vsVar, 'loss', 'loss-var')}
            markers={one(element.v, loss, text.point(f(loss)))}
            references={varRefs}
            yDomain={focusDomain([vsVar.loss], { skipLeft: 0.04, keep: [loss] })}
            {...(clampBand ? { band: clampBand } : {})}
            testId="plot-var"
          />
          <LinePlot
            title={text.gradVsVar}
            summary={text.summaryGradVar(f(bestVar), f(point?.gradVar ?? Number.NaN))}
            xLabel={text.varAxis}
            yLabel="∂ℓₙ / ∂var"
            series={series(vsVar, 'grad', 'grad-var')}
            markers={one(
              element.v,
              point?.gradVar ?? Number.NaN,
              text.point(f(point?.gradVar ?? Number.NaN)),
            )}
            references={varGradRefs}
            yDomain={varGradDomain(vsVar.grad, point?.gradVar ?? Number.NaN)}
            {...(clampBand ? { band: clampBand } : {})}
            height={200}
          />
        </>
      )}
    </div>
  );
}
