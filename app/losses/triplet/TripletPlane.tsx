import { useMemo } from 'react';
import type { TripletBreakdown, TripletLossName, TripletRow } from '../../../src/index.ts';
import { formatNumber } from '../../format.ts';
import { useBilingual } from '../../i18n/useStrings.ts';
import type { KeywordValue } from '../types.ts';
import { Arrow } from '../../plot/Arrow.tsx';
import { DraggablePoint } from '../../plot/DraggablePoint.tsx';
import { FieldShading } from '../../plot/FieldShading.tsx';
import { Plane2D } from '../../plot/Plane2D.tsx';
import { equalAspectHeight, type PlaneScales } from '../../plot/usePlaneScales.ts';
import { T } from './strings.ts';
import { DistanceSegments } from './DistanceSegments.tsx';
import { TripletGuides } from './TripletGuides.tsx';
import { TRIPLET_CELLS, tripletField } from './tripletField.ts';
import { tripletDomain, type TripletPoints, type TripletRole } from './tripletRows.ts';

export interface TripletPlaneProps {
  readonly name: TripletLossName;
  readonly n: number;
  readonly t: TripletPoints;
  readonly b: TripletBreakdown;
  readonly row: TripletRow;
  readonly params: Readonly<Record<string, KeywordValue>>;
  /** Rows of ∂L/∂anchor etc. for this triplet. */
  readonly grads: Readonly<Record<TripletRole, readonly number[]>>;
  readonly onMove: (role: TripletRole, x: number, y: number) => void;
  readonly onActivate: () => void;
}

const WIDTH = 400;
const POINTS = [
  { role: 'anchor', className: 'c0', shape: 'circle', tag: 'a' },
  { role: 'positive', className: 'c2', shape: 'square', tag: 'p' },
  { role: 'negative', className: 'c1', shape: 'diamond', tag: 'n' },
] as const;

const xy = (v: readonly number[]) => `(${formatNumber(v[0] ?? 0)}, ${formatNumber(v[1] ?? 0)})`;

/** One triplet in the plane: the loss field of the negative, the balls or rays, the points. */
export function TripletPlane({
  name,
  n,
  t,
  b,
  row,
  params,
  grads,
  onMove,
  onActivate,
}: TripletPlaneProps) {
  const text = useBilingual();
  const cosine = b.distance === 'cosine';
  const [lo, hi] = tripletDomain(t, { origin: cosine, reach: cosine ? 0 : row.dPos + b.margin });
  const domain = useMemo(() => [lo, hi] as const, [lo, hi]);
  const [a0 = 0, a1 = 0] = t.anchor;
  const [p0 = 0, p1 = 0] = t.positive;
  const field = useMemo(
    () => tripletField(name, [a0, a1], [p0, p1], params, domain),
    [name, a0, a1, p0, p1, params, domain],
  );
  const max = useMemo(() => Math.max(1e-12, ...(field ?? [])), [field]);
  const loss = formatNumber(row.loss);
  const valueText = (role: TripletRole) => {
    const at = xy(t[role]);
    if (role === 'positive') return `${at}, d(a, p) = ${formatNumber(row.dPos)}, ℓ = ${loss}`;
    if (role === 'negative') return `${at}, d(a, n) = ${formatNumber(row.dAn)}, ℓ = ${loss}`;
    return `${at}, ℓ = ${loss}`;
  };
  // −gradient, scaled together so that the longest arrow spans a fifth of the plane: directions
  // and relative sizes are exact, while a small gradient stays visible.
  const longest = Math.max(
    ...POINTS.map((q) => Math.hypot(...(grads[q.role] as [number, number]))),
  );
  const k = longest > 0 && Number.isFinite(longest) ? (0.2 * (hi - lo)) / longest : 0;
  const arrow = (s: PlaneScales, role: TripletRole) => {
    const [x = 0, y = 0] = t[role];
    const [gx = 0, gy = 0] = grads[role];
    return (
      <Arrow
        key={`arrow-${role}`}
        from={[s.x(x), s.y(y)]}
        to={[s.x(x - k * gx), s.y(y - k * gy)]}
        className={POINTS.find((p) => p.role === role)?.className ?? 'c1'}
      />
    );
  };
  const summary = text(
    T.planeSummary(
      n,
      POINTS.map((p) => `${p.role} ${xy(t[p.role])}`).join(', '),
      `d(a, p) = ${formatNumber(row.dPos)}, d(a, n) = ${formatNumber(row.dAn)}${row.dPn === null ? '' : `, d(p, n) = ${formatNumber(row.dPn)}`}, margin ${formatNumber(b.margin)}`,
      loss,
    ),
  );
  return (
    <Plane2D
      title={text(T.planeTitle(n))}
      summary={summary}
      xLabel="dim 0"
      yLabel="dim 1"
      xDomain={domain}
      yDomain={domain}
      width={WIDTH}
      height={equalAspectHeight(WIDTH, 1, 1)}
      testId="triplet-plane"
      background={(s) => (
        <>
          {field && (
            <FieldShading
              scales={s}
              values={field}
              cols={TRIPLET_CELLS}
              rows={TRIPLET_CELLS}
              xExtent={domain}
              yExtent={domain}
              max={max}
              className="c3"
              testId="triplet-field"
            />
          )}
          <TripletGuides s={s} b={b} row={row} t={t} far={3 * (hi - lo)} />
        </>
      )}
    >
      {(s) => (
        <>
          <DistanceSegments s={s} b={b} row={row} t={t} />
          {POINTS.map((p) => arrow(s, p.role))}
          {POINTS.map((p) => (
            <DraggablePoint
              key={p.role}
              x={t[p.role][0] ?? 0}
              y={t[p.role][1] ?? 0}
              scales={s}
              label={text(T.pointName(p.role, n))}
              valueText={valueText(p.role)}
              onMove={(x, y) => onMove(p.role, x, y)}
              onActivate={onActivate}
              className={p.className}
              shape={p.shape}
              tag={p.tag}
              testId={`point-${p.role}`}
            />
          ))}
        </>
      )}
    </Plane2D>
  );
}
