import { logOf, probabilityRow, redistribute } from '../../../src/index.ts';
import { formatNumber } from '../../format.ts';
import { useBilingual } from '../../i18n/useStrings.ts';
import { CLASS_TEXT } from '../../panel/classText.ts';
import { roundInput, type ClassRows } from '../../panel/classRows.ts';
import { DraggableBars } from '../../plot/DraggableBars.tsx';
import { KL_TEXT } from './strings.ts';

/** q never reaches 0 by dragging: log 0 = −∞ would make the input, and the link, unusable. */
const Q_FLOOR = 1e-4;

export interface DistributionBarsProps {
  readonly input: ClassRows;
  readonly target: ClassRows;
  readonly sample: number;
  readonly logTarget: boolean;
  /** New rows for the shown sample, in the form the tensors store them. */
  readonly onInputRow: (row: number[]) => void;
  readonly onTargetRow: (row: number[]) => void;
}

/** The two distributions of the shown sample as draggable probability bars. */
export function DistributionBars({
  input,
  target,
  sample,
  logTarget,
  onInputRow,
  onTargetRow,
}: DistributionBarsProps) {
  const text = useBilingual();
  const p = probabilityRow(target.rows[sample] ?? [], logTarget).probs;
  const q = probabilityRow(input.rows[sample] ?? [], true).probs;
  const labels = q.map((_, c) => String(c));
  const path = (batched: boolean, c: number) => (batched ? `${sample}, ${c}` : String(c));
  const list = (vs: readonly number[]) =>
    vs.map((v, c) => `${text(CLASS_TEXT.classLabel(c))} ${formatNumber(v)}`).join(', ');
  const log = (row: readonly number[]) => (logOf([...row]) as number[]).map(roundInput);
  return (
    <div className="bar-pair">
      <DraggableBars
        title={text(KL_TEXT.pTitle(sample))}
        summary={text(KL_TEXT.summary('p', list(p)))}
        values={p}
        labels={labels}
        barName={(c) => text(KL_TEXT.pName(path(target.batched, c)))}
        onChange={(c, v) => {
          // With log_target the stored target is log p, which must stay finite too.
          const next = redistribute(p, c, v, logTarget ? Q_FLOOR : 0);
          onTargetRow(logTarget ? log(next) : next.map(roundInput));
        }}
        domain={[0, 1]}
        step={0.01}
        className="c3"
        testId="p-bars"
      />
      <DraggableBars
        title={text(KL_TEXT.qTitle(sample))}
        summary={text(KL_TEXT.summary('q', list(q)))}
        values={q}
        labels={labels}
        barName={(c) => text(KL_TEXT.qName(path(input.batched, c)))}
        onChange={(c, v) => onInputRow(log(redistribute(q, c, v, Q_FLOOR)))}
        domain={[0, 1]}
        step={0.01}
        className="c0"
        overlay={{ values: p, label: text(KL_TEXT.pOverlay) }}
        legend={text(KL_TEXT.qLegend)}
        testId="q-bars"
      />
    </div>
  );
}
