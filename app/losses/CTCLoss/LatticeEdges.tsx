import type { CtcLattice } from '../../../src/index.ts';
import { formatNumber } from '../../format.ts';
import type { StepInfo } from './animation.ts';
import { CELL_H, CELL_W, type LatticeLayout } from './latticeLayout.ts';
import { useCtcStrings } from './useCtcStrings.ts';

export interface LatticeEdgesProps {
  readonly lattice: CtcLattice;
  readonly layout: LatticeLayout;
  readonly markerId: string;
  readonly info: StepInfo;
}

/**
 * The two start cells (entered from the left) and the two end cells (whose α add up to
 * p(y|x), shown once the forward pass reaches the last frame).
 */
export function LatticeEdges({ lattice, layout, markerId, info }: LatticeEdgesProps) {
  const s = useCtcStrings();
  const { x, y } = layout;
  const last = lattice.frames - 1;
  const sumY = (y(lattice.ends[0]?.s ?? 0) + y(lattice.ends[1]?.s ?? 0)) / 2 + CELL_H / 2;
  const known = info.alphaUpTo === lattice.frames;
  return (
    <g className="ctc-edges">
      {lattice.starts.map((c) => (
        <g key={`start-${c.s}`} className="ctc-start" data-testid="ctc-start" data-s={c.s}>
          <line
            x1={layout.entryX}
            y1={y(c.s) + CELL_H / 2}
            x2={x(0) - 3}
            y2={y(c.s) + CELL_H / 2}
            markerEnd={`url(#${markerId}-edge)`}
          />
          <rect x={x(0) - 2} y={y(c.s) - 2} width={CELL_W + 4} height={CELL_H + 4} rx={6} />
        </g>
      ))}
      <text
        className="ctc-edge-label"
        x={x(0) - 4}
        y={y(lattice.starts.length - 1) + CELL_H + 8}
        textAnchor="end"
      >
        {s.start}
      </text>
      {lattice.ends.map((c) => (
        <g key={`end-${c.s}`} className="ctc-end" data-testid="ctc-end" data-s={c.s}>
          <rect x={x(last) - 2} y={y(c.s) - 2} width={CELL_W + 4} height={CELL_H + 4} rx={6} />
          <line
            x1={x(last) + CELL_W + 2}
            y1={y(c.s) + CELL_H / 2}
            x2={layout.exitX - 3}
            y2={sumY}
            markerEnd={`url(#${markerId}-edge)`}
          />
        </g>
      ))}
      <text className="ctc-edge-label" x={layout.exitX + 2} y={sumY - 10}>
        {s.end} Σ
      </text>
      <text className="ctc-edge-sum" x={layout.exitX + 2} y={sumY + 6}>
        {known ? `p = ${formatNumber(Math.exp(lattice.logLikelihood), 3)}` : 'p = ?'}
      </text>
    </g>
  );
}
