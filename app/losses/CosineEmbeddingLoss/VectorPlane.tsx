import { useMemo } from 'react';
import { formatNumber } from '../../format.ts';
import { useBilingual } from '../../i18n/useStrings.ts';
import { AngleArc } from '../../plot/AngleArc.tsx';
import { Arrow } from '../../plot/Arrow.tsx';
import { DraggablePoint } from '../../plot/DraggablePoint.tsx';
import { FieldShading } from '../../plot/FieldShading.tsx';
import { Plane2D } from '../../plot/Plane2D.tsx';
import { equalAspectHeight, type PlaneScales } from '../../plot/usePlaneScales.ts';
import { COSINE_CELLS, cosineField } from './cosineField.ts';
import type { CosinePair } from './cosinePairs.ts';
import { C } from './strings.ts';

export interface VectorPlaneProps {
  /** A pair of 2-D vectors. */
  readonly pair: CosinePair;
  readonly margin: number;
  readonly onMove: (which: 1 | 2, x: number, y: number) => void;
  readonly onActivate: () => void;
}

const WIDTH = 400;
/** Data units of arrow per unit of gradient, as a fraction of the plane's reach. */
const ARROW_SCALE = 1;

/** The rays where cos θ = margin (y = −1), or the one direction with zero loss (y = 1). */
function Guides({
  s,
  pair,
  margin,
  reach,
}: {
  s: PlaneScales;
  pair: CosinePair;
  margin: number;
  reach: number;
}) {
  const [a = 0, b = 0] = pair.v1;
  if (a === 0 && b === 0) return null;
  const phi = Math.atan2(b, a);
  const far = 3 * reach;
  const ray = (t: number, className: string) => (
    <line
      key={t}
      className={className}
      x1={s.x(0)}
      y1={s.y(0)}
      x2={s.x(far * Math.cos(t))}
      y2={s.y(far * Math.sin(t))}
    />
  );
  if (pair.y === 1) return ray(phi, 'zero-ray');
  if (pair.y !== -1 || !(Math.abs(margin) < 1)) return null;
  const half = Math.acos(margin);
  return (
    <g data-testid="margin-rays">
      {ray(phi + half, 'margin-ray')}
      {ray(phi - half, 'margin-ray')}
    </g>
  );
}

/** Pair n's two vectors from the origin, the angle between them, and the loss field of x₂. */
export function VectorPlane({ pair, margin, onMove, onActivate }: VectorPlaneProps) {
  const text = useBilingual();
  const [a1 = 0, a2 = 0] = pair.v1;
  const [b1 = 0, b2 = 0] = pair.v2;
  const biggest = Math.max(0, ...[a1, a2, b1, b2].map(Math.abs).filter(Number.isFinite));
  // Half units, at least ±1.5: dragging inside the plane never rescales it.
  const reach = Math.max(1.5, Math.ceil(biggest * 2) / 2);
  const field = useMemo(
    () => cosineField([a1, a2], pair.y, margin, reach),
    [a1, a2, pair.y, margin, reach],
  );
  const max = useMemo(() => Math.max(1e-12, ...(field ?? [])), [field]);
  const extent = [-reach, reach] as const;
  const tipText = (x: number, y: number) =>
    `(${formatNumber(x)}, ${formatNumber(y)}), cos θ = ${formatNumber(pair.cosine)}, ℓ = ${formatNumber(pair.loss)}`;
  const arrow = (s: PlaneScales, x: number, y: number, g: readonly number[] | null) => {
    const [gx = 0, gy = 0] = g ?? [];
    const size = Math.hypot(gx, gy) * ARROW_SCALE * reach;
    const k = size > 0.6 * reach ? (0.6 * reach) / size : 1;
    return (
      <Arrow
        from={[s.x(x), s.y(y)]}
        to={[s.x(x - gx * ARROW_SCALE * reach * k), s.y(y - gy * ARROW_SCALE * reach * k)]}
      />
    );
  };
  return (
    <Plane2D
      title={text(C.planeTitle(pair.n, pair.y))}
      summary={text(
        C.planeSummary(
          formatNumber(pair.cosine),
          formatNumber(pair.degrees, 3),
          formatNumber(pair.loss),
          formatNumber(margin),
          pair.y,
        ),
      )}
      xLabel="dim 0"
      yLabel="dim 1"
      xDomain={extent}
      yDomain={extent}
      width={WIDTH}
      height={equalAspectHeight(WIDTH, 1, 1)}
      testId="vector-plane"
      background={(s) => (
        <>
          {field && (
            <FieldShading
              scales={s}
              values={field}
              cols={COSINE_CELLS}
              rows={COSINE_CELLS}
              xExtent={extent}
              yExtent={extent}
              max={max}
              className="c3"
              testId="cosine-field"
            />
          )}
          <Guides s={s} pair={pair} margin={margin} reach={reach} />
        </>
      )}
    >
      {(s) => (
        <>
          <line className="vector c0" x1={s.x(0)} y1={s.y(0)} x2={s.x(a1)} y2={s.y(a2)} />
          <line className="vector c2" x1={s.x(0)} y1={s.y(0)} x2={s.x(b1)} y2={s.y(b2)} />
          <circle className="origin" cx={s.x(0)} cy={s.y(0)} r={3} />
          <AngleArc
            cx={s.x(0)}
            cy={s.y(0)}
            from={Math.atan2(a2, a1)}
            to={Math.atan2(b2, b1)}
            radius={30}
            label="θ"
          />
          {arrow(s, a1, a2, pair.g1)}
          {arrow(s, b1, b2, pair.g2)}
          <DraggablePoint
            x={a1}
            y={a2}
            scales={s}
            label={text(C.tip(1, pair.n))}
            valueText={tipText(a1, a2)}
            onMove={(x, y) => onMove(1, x, y)}
            onActivate={onActivate}
            className="c0"
            tag="x₁"
            testId="tip-1"
          />
          <DraggablePoint
            x={b1}
            y={b2}
            scales={s}
            label={text(C.tip(2, pair.n))}
            valueText={tipText(b1, b2)}
            onMove={(x, y) => onMove(2, x, y)}
            onActivate={onActivate}
            className="c2"
            shape="square"
            tag="x₂"
            testId="tip-2"
          />
        </>
      )}
    </Plane2D>
  );
}
