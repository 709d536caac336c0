import { memo } from 'react';
import { CELL_H, CELL_W } from './latticeLayout.ts';
import type { Cell } from './latticeValues.ts';

export interface LatticeCellProps {
  readonly t: number;
  readonly s: number;
  readonly x: number;
  readonly y: number;
  readonly text: string;
  /** Full values for hover and screen readers. */
  readonly title: string;
  readonly shown: boolean;
  readonly alive: boolean;
  readonly focus: boolean;
  readonly operand: boolean;
  readonly current: boolean;
  /** Fill opacity: the shading of the value. */
  readonly fill: number;
  readonly onClick: (cell: Cell) => void;
}

/** One (t, s) cell. Memoised on plain props: a step re-renders only the cells it changes. */
export const LatticeCell = memo(function LatticeCell(props: LatticeCellProps) {
  const { t, s, x, y, shown, alive, focus, operand } = props;
  const cls = [
    'ctc-cell',
    shown ? 'shown' : 'hidden',
    alive ? '' : 'dead',
    focus ? 'focus' : '',
    operand ? 'operand' : '',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <g
      className={cls}
      data-testid="ctc-cell"
      data-t={t}
      data-s={s}
      data-revealed={shown}
      data-current={props.current}
      onClick={() => props.onClick({ t, s })}
    >
      <title>{props.title}</title>
      <rect x={x} y={y} width={CELL_W} height={CELL_H} rx={4} style={{ fillOpacity: props.fill }} />
      <text x={x + CELL_W / 2} y={y + CELL_H / 2 + 4} textAnchor="middle">
        {props.text}
      </text>
    </g>
  );
});
