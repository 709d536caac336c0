import type { CtcLattice } from '../../../src/index.ts';
import { CELL_H, CELL_W, type LatticeLayout } from './latticeLayout.ts';
import { isAlive, type Cell } from './latticeValues.ts';

export interface LatticeArrowsProps {
  readonly lattice: CtcLattice;
  readonly layout: LatticeLayout;
  /** The cell being computed and the cells it reads: their arrows are drawn on top. */
  readonly focus: Cell | null;
  readonly operands: readonly Cell[];
  readonly markerId: string;
}

/** Every allowed transition between consecutive frames: stay, advance one state, or skip a blank. */
export function LatticeArrows({ lattice, layout, focus, operands, markerId }: LatticeArrowsProps) {
  const { x, y } = layout;
  const arrows: { key: string; kind: string; d: [number, number, number, number]; cls: string }[] =
    [];
  for (let t = 1; t < lattice.frames; t++) {
    lattice.incoming.forEach((into, s) => {
      for (const tr of into) {
        const alive = isAlive(lattice, t - 1, tr.from) && isAlive(lattice, t, s);
        const active =
          focus !== null &&
          operands.some(
            (o) =>
              (o.t === t - 1 && o.s === tr.from && focus.t === t && focus.s === s) ||
              (o.t === t && o.s === s && focus.t === t - 1 && focus.s === tr.from),
          );
        arrows.push({
          key: `${t}-${tr.from}-${s}`,
          kind: tr.kind,
          d: [x(t - 1) + CELL_W, y(tr.from) + CELL_H / 2, x(t) - 3, y(s) + CELL_H / 2],
          cls: `ctc-arrow ${tr.kind}${alive ? '' : ' dead'}${active ? ' active' : ''}`,
        });
      }
    });
  }
  // Active arrows last, so they are drawn over their neighbours.
  arrows.sort((a, b) => Number(a.cls.includes('active')) - Number(b.cls.includes('active')));
  return (
    <g className="ctc-arrows" aria-hidden="true">
      {arrows.map((a) => (
        <line
          key={a.key}
          className={a.cls}
          x1={a.d[0]}
          y1={a.d[1]}
          x2={a.d[2]}
          y2={a.d[3]}
          markerEnd={`url(#${markerId}-${a.cls.includes('active') ? 'active' : a.kind})`}
        />
      ))}
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
