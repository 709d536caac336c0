import { useCtcStrings } from './useCtcStrings.ts';

/** What the lattice's marks mean; each differs by shape or dash as well as colour. */
export function Legend() {
  const s = useCtcStrings();
  const line = (cls: string) => (
    <svg width="30" height="12" aria-hidden="true">
      <line className={cls} x1="2" y1="6" x2="28" y2="6" />
    </svg>
  );
  return (
    <ul className="ctc-legend" aria-label={s.legend}>
      <li>
        {line('ctc-arrow stay')} {s.legendStay}
      </li>
      <li>
        {line('ctc-arrow advance')} {s.legendAdvance}
      </li>
      <li>
        {line('ctc-arrow skip')} {s.legendSkip}
      </li>
      <li>
        {line('ctc-path viterbi')} {s.legendViterbi}
      </li>
      <li>
        {line('ctc-path sample')} {s.legendSample}
      </li>
      <li>
        <span className="ctc-legend-box start" aria-hidden="true" /> {s.start}
      </li>
      <li>
        <span className="ctc-legend-box end" aria-hidden="true" /> {s.end}
      </li>
      <li>
        <span className="ctc-legend-box dead" aria-hidden="true" /> {s.legendDead}
      </li>
    </ul>
  );
}
