import type { CtcLattice } from '../../../src/index.ts';
import { texNumber } from '../../format.ts';
import { Formula } from '../../panel/Formula.tsx';
import type { LatticeView } from './animation.ts';
import { outgoing, type Cell } from './latticeValues.ts';
import { useCtcStrings } from './useCtcStrings.ts';

export interface CellFormulaProps {
  readonly lattice: CtcLattice;
  readonly symbols: readonly string[];
  /** log_probs of the sequence, T × C. */
  readonly logProbs: readonly (readonly number[])[];
  readonly view: LatticeView;
  readonly cell: Cell;
}

const num = (logValue: number) => texNumber(Math.exp(logValue), 3);

/** The recursion for one cell, first in symbols, then with the core's numbers written in. */
export function CellFormula({ lattice, symbols, logProbs, view, cell }: CellFormulaProps) {
  const s = useCtcStrings();
  const { t } = cell;
  const row = cell.s;
  const k = lattice.extended[row] ?? 0;
  const sym = symbols[k] === 'ε' ? '\\varepsilon' : `\\text{${symbols[k] ?? '?'}}`;
  const emit = logProbs[t]?.[k] ?? Number.NEGATIVE_INFINITY;
  const alpha = (tt: number, ss: number) => lattice.logAlpha[tt]?.[ss] ?? -Infinity;
  const beta = (tt: number, ss: number) => lattice.logBeta[tt]?.[ss] ?? -Infinity;
  const p = `p_{${t}}(${sym})`;
  let tex: string;
  let note: string | null = null;
  if (view === 'posterior') {
    tex = String.raw`\gamma_{${t}}(${row}) = \frac{\alpha_{${t}}(${row})\,\beta_{${t}}(${row})}{${p}\;p(y \mid x)} = \frac{${num(alpha(t, row))} \times ${num(beta(t, row))}}{${num(emit)} \times ${num(lattice.logLikelihood)}} = ${texNumber(lattice.posterior[t]?.[row] ?? 0, 3)}`;
    note = s.posteriorNote;
  } else {
    const a = view === 'alpha';
    const name = a ? '\\alpha' : '\\beta';
    const value = a ? alpha(t, row) : beta(t, row);
    const edge = a ? t === 0 : t === lattice.frames - 1;
    const kinds = a
      ? (lattice.incoming[row] ?? []).map((tr) => tr.from)
      : outgoing(lattice, row).map((o) => o.to);
    const near = a ? t - 1 : t + 1;
    if (edge) {
      const allowed = (a ? lattice.starts : lattice.ends).some((c) => c.s === row);
      tex = allowed
        ? String.raw`${name}_{${t}}(${row}) = ${p} = ${num(value)}`
        : String.raw`${name}_{${t}}(${row}) = 0`;
      note = a ? s.startOnly : s.endOnly;
    } else {
      const terms = kinds.map((from) => `${name}_{${near}}(${from})`).join(' + ');
      const numbers = kinds
        .map((from) => num(a ? alpha(near, from) : beta(near, from)))
        .join(' + ');
      tex = String.raw`${name}_{${t}}(${row}) = \big(${terms}\big)\, ${p} = (${numbers}) \times ${num(emit)} = ${num(value)}`;
      const skipInto = a ? row : row + 2;
      const blocked = lattice.blockedSkips.includes(skipInto);
      if (blocked) note = s.noSkipRepeat;
      else if (a && row % 2 === 0 && row >= 2) note = s.noSkipBlank;
    }
  }
  return (
    <div className="ctc-cell-formula" data-testid="ctc-cell-formula">
      <Formula tex={tex} label={`${s.computing}: ${s.cellTitle(t, row, symbols[k] ?? '?')}`} />
      {note && <p className="ctc-hint">{note}</p>}
    </div>
  );
}
