import { memo } from 'react';
import type { CtcLattice } from '../../../src/index.ts';
import { CELL_H, CELL_W, type LatticeLayout } from './latticeLayout.ts';
import { isAlive, type Cell } from './latticeValues.ts';

export interface LatticeArrowsProps {
  readonly lattice: CtcLattice;
  readonly layout: LatticeLayout;
  readonly markerId: string;
}

function ends(layout: LatticeLayout, t: number, from: number, to: number) {
  const { x, y } = layout;
  return {
    x1: x(t - 1) + CELL_W,
    y1: y(from) + CELL_H / 2,
    x2: x(t) - 3,
    y2: y(to) + CELL_H / 2,
  };
}

/**
 * Every allowed transition between consecutive frames: stay, advance one state, or skip a blank.
 * They depend only on the lattice, so the animation never re-renders them.
 */
export const LatticeArrows = memo(function LatticeArrows({
  lattice,
  layout,
  markerId,
}: LatticeArrowsProps) {
  const lines = [];
  for (let t = 1; t < lattice.frames; t++) {
    for (const [s, into] of lattice.incoming.entries()) {
      for (const tr of into) {
        const alive = isAlive(lattice, t - 1, tr.from) && isAlive(lattice, t, s);
        lines.push(
          <line
            key={`${t}-${tr.from}-${s}`}
            className={`ctc-arrow ${tr.kind}${alive ? '' : ' dead'}`}
            {...ends(layout, t, tr.from, s)}
            markerEnd={`url(#${markerId}-${tr.kind})`}
          />,
        );
      }
    }
  }
  return (
    <g className="ctc-arrows" aria-hidden="true">
      {lines}
    </g>
  );
});

export interface ActiveArrowsProps {
  readonly layout: LatticeLayout;
  readonly markerId: string;
  /** The cell being computed and the cells it reads. */
  readonly focus: Cell;
  readonly operands: readonly Cell[];
}

/** The transitions the cell being computed sums over, drawn over the others. */
export function ActiveArrows({ layout, markerId, focus, operands }: ActiveArrowsProps) {
  return (
    <g className="ctc-arrows active" aria-hidden="true">
      {operands.map((o) => {
        const forward = o.t < focus.t;
        const [early, late] = forward ? [o, focus] : [focus, o];
        return (
          <line
            key={`${o.t}-${o.s}`}
            className="ctc-arrow active"
            data-testid="ctc-active-arrow"
            {...ends(layout, late.t, early.s, late.s)}
            markerEnd={`url(#${markerId}-active)`}
          />
        );
      })}
    </g>
  );
}

/** Arrowheads, one per kind, coloured by CSS. */
export function ArrowMarkers({ id }: { id: string }) {
  return (
    <defs>
      {['stay', 'advance', 'skip', 'active', 'edge'].map((kind) => (
        <marker
          key={kind}
          id={`${id}-${kind}`}
          className={`ctc-arrowhead ${kind}`}
          viewBox="0 0 10 10"
          refX="9"
          refY="5"
          markerUnits="userSpaceOnUse"
          markerWidth={kind === 'active' ? 10 : 7}
          markerHeight={kind === 'active' ? 10 : 7}
          orient="auto-start-reverse"
        >
          <path d="M0,0 L10,5 L0,10 z" />
        </marker>
      ))}
    </defs>
  );
}
