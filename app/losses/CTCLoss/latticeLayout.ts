import { linearScale } from '../../plot/linearScale.ts';

/** Sizes of the lattice drawing, in SVG pixels (the SVG scrolls rather than shrink its text). */
export const CELL_W = 54;
export const CELL_H = 26;
const GAP_X = 24;
const GAP_Y = 9;
const LABEL_W = 58;
const ENTRY_W = 26;
const HEAD_H = 24;
const EXIT_W = 92;
const FOOT_H = 8;

export interface LatticeLayout {
  readonly width: number;
  readonly height: number;
  /** Left edge of column t. */
  x(t: number): number;
  /** Top edge of row s. */
  y(s: number): number;
  readonly labelX: number;
  readonly entryX: number;
  readonly exitX: number;
  readonly headY: number;
}

/** Where frames and states go: d3 scales for the two axes, React draws the rest. */
export function latticeLayout(frames: number, states: number): LatticeLayout {
  const left = LABEL_W + ENTRY_W;
  const x = linearScale([0, 1], [left, left + CELL_W + GAP_X]);
  const y = linearScale([0, 1], [HEAD_H, HEAD_H + CELL_H + GAP_Y]);
  const right = x(frames - 1) + CELL_W;
  return {
    width: right + EXIT_W,
    height: y(states - 1) + CELL_H + FOOT_H,
    x: (t) => x(t),
    y: (s) => y(s),
    labelX: LABEL_W - 8,
    entryX: LABEL_W + 2,
    exitX: right + 30,
    headY: HEAD_H - 8,
  };
}
