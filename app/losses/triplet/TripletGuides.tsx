import { line, curveLinearClosed } from 'd3-shape';
import type { TripletBreakdown, TripletRow } from '../../../src/index.ts';
import { cosineRays, pNormBall } from '../../plot/pNormBall.ts';
import type { PlaneScales } from '../../plot/usePlaneScales.ts';
import type { TripletPoints } from './tripletRows.ts';

export interface TripletGuidesProps {
  readonly s: PlaneScales;
  readonly b: TripletBreakdown;
  readonly row: TripletRow;
  readonly t: TripletPoints;
  /** Far enough to leave the plane: how long the cosine rays are drawn. */
  readonly far: number;
}

function Ball({
  s,
  centre,
  radius,
  p,
  className,
  testId,
}: {
  s: PlaneScales;
  centre: readonly [number, number];
  radius: number;
  p: number;
  className: string;
  testId: string;
}) {
  const points = pNormBall(centre, radius, p);
  if (!points) return null;
  const d = line<[number, number]>()
    .x(([x]) => s.x(x))
    .y(([, y]) => s.y(y))
    .curve(curveLinearClosed)(points);
  return <path className={className} d={d ?? ''} data-testid={testId} data-radius={radius} />;
}

function Rays({
  s,
  from,
  radius,
  far,
  className,
  testId,
}: {
  s: PlaneScales;
  from: readonly number[];
  radius: number;
  far: number;
  className: string;
  testId: string;
}) {
  const [x = 0, y = 0] = from;
  if (x === 0 && y === 0) return null;
  const rays = cosineRays(Math.atan2(y, x), radius);
  if (typeof rays === 'string') return null;
  return (
    <g className={className} data-testid={testId} data-radius={radius}>
      {rays.map((t) => (
        <line
          key={t}
          x1={s.x(0)}
          y1={s.y(0)}
          x2={s.x(far * Math.cos(t))}
          y2={s.y(far * Math.sin(t))}
        />
      ))}
    </g>
  );
}

/**
 * Where the negative may go: around the anchor, the set at the positive's distance and the set
 * margin farther out (p-norm balls for the pairwise distance, rays for the cosine one), and with
 * swap the same margin set around the positive. The pairwise centres are shifted by eps, since
 * ‖a − n + eps‖ = ‖n − (a + eps)‖.
 */
export function TripletGuides({ s, b, row, t, far }: TripletGuidesProps) {
  const ring = row.dPos + b.margin;
  if (b.distance === 'cosine') {
    return (
      <>
        <Rays s={s} from={t.anchor} radius={row.dPos} far={far} className="ball" testId="ball" />
        <Rays
          s={s}
          from={t.anchor}
          radius={ring}
          far={far}
          className="margin-ring"
          testId="margin-ring"
        />
        {b.swap && (
          <Rays
            s={s}
            from={t.positive}
            radius={ring}
            far={far}
            className="margin-ring swap-ring"
            testId="swap-ring"
          />
        )}
      </>
    );
  }
  const shifted = (v: readonly number[]) => [(v[0] ?? 0) + b.eps, (v[1] ?? 0) + b.eps] as const;
  return (
    <>
      <Ball
        s={s}
        centre={shifted(t.anchor)}
        radius={row.dPos}
        p={b.p}
        className="ball"
        testId="ball"
      />
      <Ball
        s={s}
        centre={shifted(t.anchor)}
        radius={ring}
        p={b.p}
        className="margin-ring"
        testId="margin-ring"
      />
      {b.swap && (
        <Ball
          s={s}
          centre={shifted(t.positive)}
          radius={ring}
          p={b.p}
          className="margin-ring swap-ring"
          testId="swap-ring"
        />
      )}
    </>
  );
}
