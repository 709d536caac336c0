import { scaleLinear } from 'd3-scale';
import { useMemo } from 'react';
import type { TripletBreakdown, TripletRow } from '../../../src/index.ts';
import { formatNumber } from '../../format.ts';
import { useBilingual } from '../../i18n/useStrings.ts';
import { useTicks } from '../../plot/useTicks.ts';
import { T } from './strings.ts';

const W = 400;
const H = 118;
const M = { left: 16, right: 20 };
const AXIS = 78;

/**
 * The hinge on one line: d(a, p), d(a, p) + margin, and the negative distance(s). The shaded
 * stretch between the negative distance and the ring, when the negative falls short, is the loss.
 */
export function DistanceLine({ b, row }: { b: TripletBreakdown; row: TripletRow }) {
  const text = useBilingual();
  const ring = row.dPos + b.margin;
  const values = [row.dPos, ring, row.dAn, row.dPn ?? 0].filter(Number.isFinite);
  const top = Math.max(1, ...values) * 1.12;
  const x = useMemo(
    () =>
      scaleLinear()
        .domain([0, top])
        .range([M.left, W - M.right]),
    [top],
  );
  const ticks = useTicks(x, 6);
  const short = row.dNeg < ring;
  const mark = (v: number, y: number, label: string, className: string, testId: string) =>
    Number.isFinite(v) && (
      <g className={`line-mark ${className}`} data-testid={testId} data-value={v}>
        <line x1={x(v)} x2={x(v)} y1={y} y2={AXIS} />
        <circle cx={x(v)} cy={AXIS} r={4} />
        <text x={x(v)} y={y - 4} textAnchor="middle">
          {label}
        </text>
      </g>
    );
  return (
    <figure className="plot distance-line" data-testid="distance-line">
      <figcaption className="plot-title">{text(T.lineTitle)}</figcaption>
      <svg
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-label={text(
          T.lineSummary(
            formatNumber(row.dPos),
            formatNumber(ring),
            formatNumber(row.dNeg),
            formatNumber(row.loss),
          ),
        )}
      >
        {short && (
          <g className="shortfall">
            <rect x={x(row.dNeg)} width={x(ring) - x(row.dNeg)} y={AXIS - 10} height={20} />
            <text x={(x(row.dNeg) + x(ring)) / 2} y={AXIS + 26} textAnchor="middle">
              {`${text(T.shortfall)} ${formatNumber(row.loss, 3)}`}
            </text>
          </g>
        )}
        <line className="axis-line" x1={M.left} x2={W - M.right} y1={AXIS} y2={AXIS} />
        {ticks.map((t) => (
          <text key={t.value} className="tick" x={t.position} y={H - 4} textAnchor="middle">
            {t.label}
          </text>
        ))}
        {mark(row.dPos, 50, 'd(a, p)', 'c2', 'mark-dpos')}
        {mark(ring, 20, '+ margin', 'ring', 'mark-ring')}
        {mark(
          row.dAn,
          64,
          'd(a, n)',
          `c1${b.swap && row.used === 'pn' ? ' unused' : ''}`,
          'mark-dan',
        )}
        {row.dPn !== null &&
          mark(row.dPn, 35, 'd(p, n)', `c1${row.used === 'an' ? ' unused' : ''}`, 'mark-dpn')}
      </svg>
    </figure>
  );
}
