import { memo } from 'react';
import type { CtcAlignment, CtcDecoding, CtcLattice } from '../../../src/index.ts';
import { formatNumber } from '../../format.ts';
import { useCtcStrings } from './useCtcStrings.ts';

export interface AlignmentsProps {
  readonly lattice: CtcLattice;
  readonly symbols: readonly string[];
  readonly word: string;
  /** Index of the sample drawn on the lattice, if any. */
  readonly selected: number | null;
  readonly onSelect: (index: number | null) => void;
  readonly onResample: () => void;
}

function Decoding({
  d,
  symbols,
  empty,
}: {
  d: CtcDecoding;
  symbols: readonly string[];
  empty: string;
}) {
  const out = d.collapsed.map((k) => symbols[k] ?? '?').join('');
  return (
    <span className="ctc-decoding">
      <code>{d.labels.map((k) => symbols[k] ?? '?').join(' ')}</code>
      <span aria-hidden="true"> → </span>
      <strong>{out === '' ? empty : out}</strong>
      <span className="ctc-path-prob">p(π) = {formatNumber(Math.exp(d.logProb), 3)}</span>
    </span>
  );
}

/**
 * Paths through the lattice: how many there are, the best one, what greedy decoding reads, and
 * a few drawn from the posterior, each with its collapse.
 */
export const Alignments = memo(function Alignments({
  lattice,
  symbols,
  word,
  selected,
  onSelect,
  onResample,
}: AlignmentsProps) {
  const s = useCtcStrings();
  const all = (BigInt(lattice.numClasses) ** BigInt(lattice.frames)).toLocaleString('en-US');
  const greedyWord = lattice.greedy.collapsed.map((k) => symbols[k] ?? '?').join('');
  return (
    <section className="ctc-alignments" aria-labelledby="ctc-alignments-title">
      <h3 id="ctc-alignments-title">{s.alignments}</h3>
      <p data-testid="ctc-alignment-count">
        {s.alignmentCount(lattice.alignmentCount.toLocaleString('en-US'), word, all)}
      </p>
      <h4>{s.viterbiTitle}</h4>
      <p data-testid="ctc-viterbi">
        {lattice.viterbi ? (
          <Decoding d={lattice.viterbi} symbols={symbols} empty={s.empty} />
        ) : (
          s.noViterbi
        )}
      </p>
      <h4>{s.greedyTitle}</h4>
      <p data-testid="ctc-greedy">
        <Decoding d={lattice.greedy} symbols={symbols} empty={s.empty} />
      </p>
      {greedyWord !== word && <p className="ctc-hint">{s.greedyDiffers}</p>}
      <h4>{s.samplesTitle}</h4>
      <p className="control-doc">{s.samplesNote}</p>
      {lattice.samples.length > 0 ? (
        <ul className="ctc-samples" data-testid="ctc-samples">
          {lattice.samples.map((a: CtcAlignment, i) => (
            <li key={a.states.join()}>
              <button
                type="button"
                aria-pressed={selected === i}
                onClick={() => onSelect(selected === i ? null : i)}
              >
                <Decoding d={a} symbols={symbols} empty={s.empty} />
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p>{s.noViterbi}</p>
      )}
      <button type="button" onClick={onResample} disabled={lattice.samples.length === 0}>
        {s.resample}
      </button>
    </section>
  );
});
