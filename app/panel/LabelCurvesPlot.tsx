import { extent } from 'd3-array';
import { formatNumber } from '../format.ts';
import { useBilingual } from '../i18n/useStrings.ts';
import { CurvePath } from '../plot/CurvePath.tsx';
import { DraggablePoint } from '../plot/DraggablePoint.tsx';
import { Plane2D } from '../plot/Plane2D.tsx';
import { PLANE_MARGIN } from '../plot/usePlaneScales.ts';
import { L } from './labelCurveStrings.ts';
import type { LabelCurve } from './useLabelCurves.ts';

/** A thin comparison curve computed by the core (e.g. the hinge that SoftMarginLoss smooths). */
export interface ReferenceCurve {
  readonly id: string;
  readonly label: string;
  readonly xs: ArrayLike<number>;
  readonly ys: ArrayLike<number>;
}

/** One example element riding on its label's curve. */
export interface CurvePoint {
  readonly i: number;
  readonly x: number;
  readonly y: number;
  readonly loss: number;
}

export interface LabelCurvesPlotProps {
  readonly name: string;
  readonly curves: readonly LabelCurve[];
  readonly references?: readonly ReferenceCurve[];
  readonly xDomain: readonly [number, number];
  readonly xLabel: string;
  readonly band?: { readonly from: number; readonly to: number; readonly label: string };
  readonly points: readonly CurvePoint[];
  readonly highlight: number;
  readonly onMove: (i: number, x: number) => void;
  readonly onActivate: (i: number) => void;
}

/** Narrow enough that tick labels stay readable when the plot shrinks to a phone's width. */
export const CURVE_PLOT_WIDTH = 440;
const WIDTH = CURVE_PLOT_WIDTH;
const HEIGHT = 280;
const SHAPE_GLYPH = { circle: '○', square: '□', diamond: '◇' } as const;

/** The y-range of every curve, with room above; always including 0. */
function lossDomain(curves: readonly LabelCurve[], refs: readonly ReferenceCurve[]) {
  const values = [
    ...curves.flatMap((c) => Array.from(c.samples.loss)),
    ...refs.flatMap((r) => Array.from(r.ys)),
  ].filter(Number.isFinite);
  const [lo = 0, hi = 1] = extent(values);
  const pad = (hi - lo) * 0.08 || 1;
  return [Math.min(0, lo - (lo < 0 ? pad : 0)), hi + pad] as const;
}

/** Loss against the input for each label, with the example elements as draggable points. */
export function LabelCurvesPlot(props: LabelCurvesPlotProps) {
  const { name, curves, references = [], xDomain, xLabel, band, points, highlight } = props;
  const text = useBilingual();
  const styleOf = (y: number) => curves.find((c) => c.y === y) ?? curves[curves.length - 1];
  const summary = text(
    L.summary(
      name,
      points.map((p) => ({ i: p.i, x: formatNumber(p.x), loss: formatNumber(p.loss) })),
    ),
  );
  return (
    <Plane2D
      title={text(L.lossTitle)}
      summary={summary}
      xLabel={xLabel}
      yLabel="ℓ"
      xDomain={xDomain}
      yDomain={lossDomain(curves, references)}
      width={WIDTH}
      height={HEIGHT}
      testId="label-curves"
      background={(s) => (
        <>
          {band && band.to > band.from && (
            <g className="band">
              <rect
                x={s.x(band.from)}
                width={Math.max(0, s.x(band.to) - s.x(band.from))}
                y={PLANE_MARGIN.top}
                height={HEIGHT - PLANE_MARGIN.top - PLANE_MARGIN.bottom}
              />
              <text
                x={(s.x(band.from) + s.x(band.to)) / 2}
                y={PLANE_MARGIN.top + 12}
                textAnchor="middle"
              >
                {band.label}
              </text>
            </g>
          )}
          {references.map((r) => (
            <CurvePath key={r.id} id={r.id} scales={s} xs={r.xs} ys={r.ys} className="reference" />
          ))}
          {curves.map((c) => (
            <CurvePath
              key={c.y}
              id={`label-${c.y}`}
              scales={s}
              xs={c.samples.x}
              ys={c.samples.loss}
              className={c.className}
            />
          ))}
        </>
      )}
      footer={
        <ul className="legend plane-legend compact-legend">
          {curves.map((c) => (
            <li key={c.y} className={c.className}>
              <span className="swatch" aria-hidden="true" />
              <span aria-hidden="true">{SHAPE_GLYPH[c.shape]} </span>
              {text(L.labelName(c.y))}
            </li>
          ))}
          {references.map((r) => (
            <li key={r.id} className="reference">
              <span className="swatch" aria-hidden="true" />
              {r.label}
            </li>
          ))}
        </ul>
      }
    >
      {(s) =>
        points.map((p) => {
          const style = styleOf(p.y);
          return (
            <DraggablePoint
              key={p.i}
              x={p.x}
              y={Number.isFinite(p.loss) ? p.loss : 0}
              scales={s}
              axis="x"
              label={text(L.elementLabel(p.i, p.y))}
              valueText={`x = ${formatNumber(p.x)}, ℓ = ${formatNumber(p.loss)}`}
              onMove={(x) => props.onMove(p.i, x)}
              onActivate={() => props.onActivate(p.i)}
              className={style?.className ?? 'c0'}
              shape={style?.shape ?? 'circle'}
              tag={String(p.i)}
              highlighted={p.i === highlight}
              testId={`element-${p.i}`}
            />
          );
        })
      }
    </Plane2D>
  );
}
