import type { CtcLattice } from '../../../src/index.ts';
import type { LatticeView } from './animation.ts';

export interface Cell {
  readonly t: number;
  readonly s: number;
}

/** The log of what a cell shows in `view`: log α, log β or log γ (all from the core). */
export function logValue(lattice: CtcLattice, view: LatticeView, t: number, s: number): number {
  if (view === 'alpha') return lattice.logAlpha[t]?.[s] ?? Number.NEGATIVE_INFINITY;
  if (view === 'beta') return lattice.logBeta[t]?.[s] ?? Number.NEGATIVE_INFINITY;
  return Math.log(lattice.posterior[t]?.[s] ?? 0);
}

/** Whether a cell lies on at least one complete path (α and β both non-zero). */
export function isAlive(lattice: CtcLattice, t: number, s: number): boolean {
  return (
    (lattice.logAlpha[t]?.[s] ?? Number.NEGATIVE_INFINITY) > Number.NEGATIVE_INFINITY &&
    (lattice.logBeta[t]?.[s] ?? Number.NEGATIVE_INFINITY) > Number.NEGATIVE_INFINITY
  );
}

/** The states at frame t + 1 that state s may move to: the transitions, read the other way. */
export function outgoing(lattice: CtcLattice, s: number): { kind: string; to: number }[] {
  return lattice.incoming.flatMap((into, to) =>
    into.filter((tr) => tr.from === s).map((tr) => ({ kind: tr.kind, to })),
  );
}

/**
 * The cells a computation reads: α_t(s) sums its predecessors at t − 1, β_t(s) its successors at
 * t + 1; a posterior reads only its own cell.
 */
export function operands(lattice: CtcLattice, view: LatticeView, cell: Cell): Cell[] {
  const { t, s } = cell;
  if (view === 'alpha')
    return t === 0 ? [] : (lattice.incoming[s] ?? []).map((tr) => ({ t: t - 1, s: tr.from }));
  if (view === 'beta')
    return t === lattice.frames - 1 ? [] : outgoing(lattice, s).map((o) => ({ t: t + 1, s: o.to }));
  return [];
}

/**
 * Shading weight in [0, 1]: α and β shrink geometrically along time, so each is shaded relative
 * to the largest value in its column; posteriors are already probabilities.
 */
export function shade(lattice: CtcLattice, view: LatticeView, t: number, s: number): number {
  if (view === 'posterior') return lattice.posterior[t]?.[s] ?? 0;
  const column = (view === 'alpha' ? lattice.logAlpha : lattice.logBeta)[t] ?? [];
  const top = Math.max(...column);
  if (top === Number.NEGATIVE_INFINITY) return 0;
  return Math.exp((column[s] ?? Number.NEGATIVE_INFINITY) - top);
}
