import type { LinearScale } from './linearScale.ts';
import { useTicks } from './useTicks.ts';

export interface AxesProps {
  readonly x: LinearScale;
  readonly y: LinearScale;
  readonly xLabel: string;
  readonly yLabel: string;
}

/** Grid lines, tick labels and axis titles; zero lines drawn stronger. */
export function Axes({ x, y, xLabel, yLabel }: AxesProps) {
  const xTicks = useTicks(x, 7);
  const yTicks = useTicks(y, 5);
  const [x0, x1] = x.range();
  const [y0, y1] = y.range();
  return (
    <g className="axes" aria-hidden="true">
      {xTicks.map((t) => (
        <g key={`x${t.value}`}>
          <line
            className={t.value === 0 ? 'grid zero' : 'grid'}
            x1={t.position}
            x2={t.position}
            y1={y0}
            y2={y1}
          />
          <text className="tick" x={t.position} y={y0 + 14} textAnchor="middle">
            {t.label}
          </text>
        </g>
      ))}
      {yTicks.map((t) => (
        <g key={`y${t.value}`}>
          <line
            className={t.value === 0 ? 'grid zero' : 'grid'}
            x1={x0}
            x2={x1}
            y1={t.position}
            y2={t.position}
          />
          <text className="tick" x={x0 - 6} y={t.position + 4} textAnchor="end">
            {t.label}
          </text>
        </g>
      ))}
      <text className="axis-label" x={(x0 + x1) / 2} y={y0 + 30} textAnchor="middle">
        {xLabel}
      </text>
      <text className="axis-label" x={x0} y={y1 - 8} textAnchor="start">
        {yLabel}
      </text>
    </g>
  );
}
