import type { TripletBreakdown, TripletRow } from '../../../src/index.ts';
import { formatNumber } from '../../format.ts';
import { useBilingual } from '../../i18n/useStrings.ts';
import { AngleArc } from '../../plot/AngleArc.tsx';
import type { PlaneScales } from '../../plot/usePlaneScales.ts';
import { T } from './strings.ts';
import type { TripletPoints } from './tripletRows.ts';

export interface DistanceSegmentsProps {
  readonly s: PlaneScales;
  readonly b: TripletBreakdown;
  readonly row: TripletRow;
  readonly t: TripletPoints;
}

type Pair = 'ap' | 'an' | 'pn';

/** Screen length a segment needs before its label fits beside it. */
const LABEL_ROOM = 90;

const ENDS = {
  ap: ['anchor', 'positive'],
  an: ['anchor', 'negative'],
  pn: ['positive', 'negative'],
} as const;

/**
 * The distances the loss measures, drawn between the points (pairwise) or as angles between
 * vectors from the origin (cosine). With swap, the negative distance the hinge uses is drawn
 * bold and marked "used".
 */
export function DistanceSegments({ s, b, row, t }: DistanceSegmentsProps) {
  const text = useBilingual();
  const pairs: Pair[] = row.dPn === null ? ['ap', 'an'] : ['ap', 'an', 'pn'];
  const value = { ap: row.dPos, an: row.dAn, pn: row.dPn ?? Number.NaN };
  const isUsed = (k: Pair) => b.swap && k !== 'ap' && (row.used === 'tie' || row.used === k);
  const at = (v: readonly number[]) => [s.x(v[0] ?? 0), s.y(v[1] ?? 0)] as const;
  const label = (k: Pair) =>
    `d(${k[0]}, ${k[1]}) = ${formatNumber(value[k], 3)}${isUsed(k) ? ` · ${text(T.used)}` : ''}`;
  if (b.distance === 'cosine') {
    const angle = (v: readonly number[]) => Math.atan2(v[1] ?? 0, v[0] ?? 0);
    const [ox, oy] = at([0, 0]);
    return (
      <g className="triplet-distances">
        {(['anchor', 'positive', 'negative'] as const).map((role, i) => {
          const [x, y] = at(t[role]);
          return (
            <line
              key={role}
              className={`vector ${['c0', 'c2', 'c1'][i]}`}
              x1={ox}
              y1={oy}
              x2={x}
              y2={y}
            />
          );
        })}
        <circle className="origin" cx={ox} cy={oy} r={3} />
        {pairs.map((k, i) => {
          const [from, to] = ENDS[k];
          return (
            <g
              key={k}
              className={isUsed(k) ? 'segment used' : 'segment'}
              data-testid={`distance-${k}`}
              data-used={isUsed(k)}
            >
              <AngleArc
                cx={ox}
                cy={oy}
                from={angle(t[from])}
                to={angle(t[to])}
                radius={28 + 16 * i}
              />
              <text className="guide-label" x={ox + 8} y={oy + 16 + 14 * i}>
                {label(k)}
              </text>
            </g>
          );
        })}
      </g>
    );
  }
  return (
    <g className="triplet-distances">
      {pairs.map((k) => {
        const [from, to] = ENDS[k];
        const [x1, y1] = at(t[from]);
        const [x2, y2] = at(t[to]);
        return (
          <g
            key={k}
            className={`segment ${k === 'ap' ? 'c2' : 'c1'}${k === 'pn' ? ' swap' : ''}${isUsed(k) ? ' used' : ''}`}
            data-testid={`distance-${k}`}
            data-used={isUsed(k)}
          >
            <line x1={x1} y1={y1} x2={x2} y2={y2} />
            {/* Short segments keep their numbers to the readout: labels would cover the points. */}
            {Math.hypot(x2 - x1, y2 - y1) >= LABEL_ROOM && (
              <text className="guide-label" x={(x1 + x2) / 2 + 6} y={(y1 + y2) / 2 - 6}>
                {label(k)}
              </text>
            )}
          </g>
        );
      })}
    </g>
  );
}
