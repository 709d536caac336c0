import { useId } from 'react';
import { formatNumber } from '../../format.ts';
import { useBilingual } from '../../i18n/useStrings.ts';
import { Arrow } from '../../plot/Arrow.tsx';
import { DraggablePoint } from '../../plot/DraggablePoint.tsx';
import { FieldShading } from '../../plot/FieldShading.tsx';
import { Plane2D } from '../../plot/Plane2D.tsx';
import { equalAspectHeight, type PlaneScales } from '../../plot/usePlaneScales.ts';
import { FIELD_CELLS } from './rankingField.ts';
import { S } from './strings.ts';
import type { RankingPair } from './useRankingPairs.ts';

export interface RankingPlaneProps {
  readonly y: 1 | -1;
  readonly margin: number;
  /** The plane shows [−reach, reach]² . */
  readonly reach: number;
  readonly field: readonly number[] | null;
  /** The loss drawn darkest, shared by both planes so their shading compares. */
  readonly max: number;
  readonly pairs: readonly RankingPair[];
  readonly highlight: number;
  readonly onMove: (n: number, x1: number, x2: number) => void;
  readonly onActivate: (n: number) => void;
}

const WIDTH = 400;

/** Data units of arrow per unit of gradient: long enough to see, short enough to stay inside. */
const ARROW_SCALE = 0.35;

function Guides({
  s,
  y,
  margin,
  reach,
}: {
  s: PlaneScales;
  y: number;
  margin: number;
  reach: number;
}) {
  const text = useBilingual();
  const hatch = `hatch-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const far = 2 * reach;
  // ℓ = 0 where y·(x₁ − x₂) ≥ margin: beyond the line x₂ = x₁ − y·margin.
  const shift = y * margin;
  const line = (offset: number) => ({
    x1: s.x(-far),
    y1: s.y(-far - offset),
    x2: s.x(far),
    y2: s.y(far - offset),
  });
  const band = [
    [-far, -far],
    [far, far],
    [far, far - shift],
    [-far, -far - shift],
  ]
    .map(([a = 0, b = 0]) => `${s.x(a)},${s.y(b)}`)
    .join(' ');
  const corner = 0.92 * reach;
  const tieAt = 0.55 * reach;
  return (
    <g className="ranking-guides">
      <defs>
        <pattern id={hatch} width="6" height="6" patternUnits="userSpaceOnUse">
          <path d="M0,6L6,0" className="hatch-line" />
        </pattern>
      </defs>
      {margin > 0 && <polygon className="margin-band" points={band} fill={`url(#${hatch})`} />}
      <line className="tie-line" {...line(0)} />
      <line className="zero-line" data-testid={`zero-line-${y}`} {...line(shift)} />
      <text
        className="guide-label"
        transform={`translate(${s.x(tieAt)},${s.y(tieAt)}) rotate(-45)`}
        dy={y === 1 ? -6 : 14}
        textAnchor="middle"
      >
        {text(S.tie)}
      </text>
      {Math.abs(margin) < 1.6 * reach && (
        <text
          className="guide-label zero-label"
          x={s.x(y * corner)}
          y={s.y(-y * corner)}
          dy={y === 1 ? -4 : 12}
          textAnchor={y === 1 ? 'end' : 'start'}
        >
          {text(S.zeroHere)}
        </text>
      )}
    </g>
  );
}

/** One label's plane: the loss field, the tie and zero-loss lines, and the pairs to drag. */
export function RankingPlane(props: RankingPlaneProps) {
  const { y, margin, reach, field, max, pairs, highlight, onMove, onActivate } = props;
  const text = useBilingual();
  const extent = [-reach, reach] as const;
  const summary = text(
    S.planeSummary(
      y,
      formatNumber(margin),
      pairs.map((p) => ({ n: p.n, loss: formatNumber(p.loss) })),
    ),
  );
  return (
    <Plane2D
      title={text(S.planeTitle(y))}
      summary={summary}
      xLabel="x₁ (input1)"
      yLabel="x₂ (input2)"
      xDomain={extent}
      yDomain={extent}
      width={WIDTH}
      height={equalAspectHeight(WIDTH, 1, 1)}
      testId={`ranking-plane-${y}`}
      background={(s) => (
        <>
          {field && (
            <FieldShading
              scales={s}
              values={field}
              cols={FIELD_CELLS}
              rows={FIELD_CELLS}
              xExtent={extent}
              yExtent={extent}
              max={max}
              testId={`ranking-field-${y}`}
            />
          )}
          <Guides s={s} y={y} margin={margin} reach={reach} />
        </>
      )}
    >
      {(s) =>
        pairs.map((p) => (
          <g key={p.n}>
            {p.g1 !== null && p.g2 !== null && (
              <Arrow
                from={[s.x(p.x1), s.y(p.x2)]}
                to={[
                  s.x(p.x1 - p.g1 * ARROW_SCALE * reach),
                  s.y(p.x2 - p.g2 * ARROW_SCALE * reach),
                ]}
              />
            )}
            <DraggablePoint
              x={p.x1}
              y={p.x2}
              scales={s}
              label={text(S.pairLabel(p.n, y))}
              valueText={`x₁ = ${formatNumber(p.x1)}, x₂ = ${formatNumber(p.x2)}, ℓ = ${formatNumber(p.loss)}`}
              onMove={(a, b) => onMove(p.n, a, b)}
              onActivate={() => onActivate(p.n)}
              tag={String(p.n)}
              highlighted={p.n === highlight}
              testId={`pair-${p.n}`}
            />
          </g>
        ))
      }
    </Plane2D>
  );
}
