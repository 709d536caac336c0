import { useId, useMemo } from 'react';
import type { CtcLattice } from '../../../src/index.ts';
import { formatNumber } from '../../format.ts';
import { isRevealed, type LatticeView, type StepInfo } from './animation.ts';
import { cellText, type Scale } from './cellText.ts';
import { ActiveArrows, ArrowMarkers, LatticeArrows } from './LatticeArrows.tsx';
import { LatticeCell } from './LatticeCell.tsx';
import { CELL_H, CELL_W, latticeLayout } from './latticeLayout.ts';
import { LatticeEdges } from './LatticeEdges.tsx';
import { isAlive, logValue, shade, type Cell } from './latticeValues.ts';
import { useCtcStrings } from './useCtcStrings.ts';

export interface LatticeProps {
  readonly lattice: CtcLattice;
  /** The symbol of each class index (ε for the blank). */
  readonly symbols: readonly string[];
  readonly view: LatticeView;
  readonly scale: Scale;
  readonly info: StepInfo;
  /** The cell whose computation is shown, and the cells it reads. */
  readonly focus: Cell | null;
  readonly operands: readonly Cell[];
  readonly viterbi: readonly number[] | null;
  readonly sample: readonly number[] | null;
  readonly summary: string;
  readonly onCellClick: (cell: Cell) => void;
}

function pathPoints(states: readonly number[], x: (t: number) => number, y: (s: number) => number) {
  return states.map((s, t) => `${x(t) + CELL_W / 2},${y(s) + CELL_H / 2}`).join(' ');
}

/**
 * The CTC lattice: frames left to right, the extended labels top to bottom, one cell per
 * (t, s) showing α, β or the posterior once the animation has computed it.
 */
export function Lattice(props: LatticeProps) {
  const { lattice, symbols, view, scale, info, focus, operands, viterbi, sample } = props;
  const s = useCtcStrings();
  const markerId = useId().replace(/:/g, '');
  const states = lattice.extended.length;
  const layout = useMemo(() => latticeLayout(lattice.frames, states), [lattice.frames, states]);
  const { x, y } = layout;
  const frames = Array.from({ length: lattice.frames }, (_, t) => t);
  const symbol = (s: number) => symbols[lattice.extended[s] ?? 0] ?? '?';
  const name = view === 'alpha' ? 'α' : view === 'beta' ? 'β' : 'γ';
  return (
    <svg
      className="ctc-lattice"
      data-testid="ctc-lattice"
      data-figure="main"
      role="img"
      aria-label={props.summary}
      width={layout.width}
      height={layout.height}
      viewBox={`0 0 ${layout.width} ${layout.height}`}
    >
      <ArrowMarkers id={markerId} />
      {info.column !== null && (
        <rect
          className="ctc-current-column"
          x={x(info.column) - 6}
          y={layout.headY - 14}
          width={CELL_W + 12}
          height={layout.height - layout.headY + 10}
          rx={6}
        />
      )}
      {frames.map((t) => (
        <text
          key={t}
          className="ctc-axis"
          x={x(t) + CELL_W / 2}
          y={layout.headY}
          textAnchor="middle"
        >
          {`t=${t}`}
        </text>
      ))}
      {lattice.extended.map((k, row) => (
        <text
          key={row}
          className={k === lattice.blank ? 'ctc-axis blank' : 'ctc-axis label'}
          x={layout.labelX}
          y={y(row) + CELL_H / 2 + 4}
          textAnchor="end"
        >
          {`${row}  ${symbol(row)}`}
        </text>
      ))}
      <LatticeArrows lattice={lattice} layout={layout} markerId={markerId} />
      {/* Paths run under the cells, like a highlighter, so every number stays readable. */}
      {viterbi && (
        <polyline
          className="ctc-path viterbi"
          points={pathPoints(viterbi, x, y)}
          aria-hidden="true"
        />
      )}
      {sample && (
        <polyline
          className="ctc-path sample"
          points={pathPoints(sample, x, y)}
          aria-hidden="true"
        />
      )}
      <LatticeEdges lattice={lattice} layout={layout} markerId={markerId} info={info} />
      {frames.map((t) =>
        lattice.extended.map((_, row) => {
          const shown = isRevealed(info, view, t);
          const value = logValue(lattice, view, t, row);
          return (
            <LatticeCell
              key={`${t}-${row}`}
              t={t}
              s={row}
              x={x(t)}
              y={y(row)}
              text={shown ? cellText(value, scale) : ''}
              title={`${s.cellTitle(t, row, symbol(row))}: ${
                shown
                  ? `${name} = ${formatNumber(Math.exp(value))}, log ${name} = ${formatNumber(value)}`
                  : s.notYet
              }`}
              shown={shown}
              alive={isAlive(lattice, t, row)}
              focus={focus?.t === t && focus.s === row}
              operand={operands.some((o) => o.t === t && o.s === row)}
              current={info.column === t}
              fill={shown ? 0.06 + 0.6 * shade(lattice, view, t, row) : 0}
              onClick={props.onCellClick}
            />
          );
        }),
      )}
      {focus && (
        <ActiveArrows layout={layout} markerId={markerId} focus={focus} operands={operands} />
      )}
    </svg>
  );
}
