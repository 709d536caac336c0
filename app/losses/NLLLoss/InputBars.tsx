import { probabilityRow } from '../../../src/index.ts';
import { formatNumber } from '../../format.ts';
import { useBilingual } from '../../i18n/useStrings.ts';
import { cellPath, type ClassRows } from '../../panel/classRows.ts';
import { CLASS_TEXT } from '../../panel/classText.ts';
import { DraggableBars } from '../../plot/DraggableBars.tsx';
import { NLL_TEXT } from './strings.ts';

export interface InputBarsProps {
  readonly rows: ClassRows;
  readonly sample: number;
  readonly marked: number | null;
  readonly onEntry: (path: number[], value: number) => void;
}

/** The shown sample's input entries as sliders, and exp(input): is it a distribution at all? */
export function InputBars({ rows, sample, marked, onEntry }: InputBarsProps) {
  const text = useBilingual();
  const row = rows.rows[sample] ?? [];
  const { probs, sum } = probabilityRow(row, true);
  const labels = row.map((_, c) => String(c));
  const lo = Math.min(-8, Math.floor(Math.min(...row)));
  const hi = Math.max(1, Math.ceil(Math.max(...row)));
  const top = Math.max(1, Math.ceil(Math.max(...probs.filter(Number.isFinite))));
  const list = (vs: readonly number[]) =>
    vs.map((v, c) => `${text(CLASS_TEXT.classLabel(c))} ${formatNumber(v)}`).join(', ');
  const markProps =
    marked === null ? {} : { highlighted: marked, highlightLabel: text(CLASS_TEXT.targetMark) };
  return (
    <div className="bar-pair">
      <DraggableBars
        title={text(NLL_TEXT.inputTitle(sample))}
        summary={text(NLL_TEXT.inputSummary(list(row)))}
        values={row}
        labels={labels}
        barName={(c) => `input[${cellPath(rows.batched, sample, c).join(', ')}]`}
        onChange={(c, v) => onEntry(cellPath(rows.batched, sample, c), v)}
        domain={[lo, hi]}
        step={0.1}
        className="c0"
        testId="input-bars"
        {...markProps}
      />
      <DraggableBars
        title={text(NLL_TEXT.expTitle(formatNumber(sum)))}
        summary={`${text(NLL_TEXT.expTitle(formatNumber(sum)))}: ${list(probs)}`}
        values={probs}
        labels={labels}
        domain={[0, top]}
        className="c2"
        testId="exp-bars"
        {...markProps}
      />
    </div>
  );
}
