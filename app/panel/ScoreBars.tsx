import { formatNumber } from '../format.ts';
import { useBilingual } from '../i18n/useStrings.ts';
import { DraggableBars, type BarGuide } from '../plot/DraggableBars.tsx';
import { cellPath } from './classRows.ts';
import { CLASS_TEXT } from './classText.ts';

export interface ScoreBarsProps {
  readonly title: string;
  /** The shown sample's C scores. */
  readonly row: readonly number[];
  readonly batched: boolean;
  readonly sample: number;
  /** Classes to mark as targets (one for a class index, several for a label set). */
  readonly marked: readonly number[];
  readonly onEntry: (path: number[], value: number) => void;
  readonly guides?: readonly BarGuide[];
  /** Extra sentence for the text alternative, e.g. what the guide means. */
  readonly note?: string;
  readonly testId?: string;
}

/**
 * The scores `input[n, c]` of one sample as draggable bars (keyboard and pointer), the target
 * classes marked under their bars, on an axis of whole units that always shows ±2.
 */
export function ScoreBars({
  title,
  row,
  batched,
  sample,
  marked,
  onEntry,
  guides = [],
  note,
  testId,
}: ScoreBarsProps) {
  const text = useBilingual();
  const finite = [...row, ...guides.map((g) => g.value)].filter(Number.isFinite);
  const lo = Math.min(-2, Math.floor(Math.min(...finite)));
  const hi = Math.max(2, Math.ceil(Math.max(...finite)));
  const list = row.map((v, c) => `${text(CLASS_TEXT.classLabel(c))} ${formatNumber(v)}`).join(', ');
  const targets = marked.map((c) => text(CLASS_TEXT.classLabel(c))).join(', ') || '—';
  return (
    <DraggableBars
      title={title}
      summary={`${list}. ${text(CLASS_TEXT.targetMark)}: ${targets}.${note ? ` ${note}` : ''}`}
      values={row}
      labels={row.map((_, c) => String(c))}
      barName={(c) => `input[${cellPath(batched, sample, c).join(', ')}]`}
      onChange={(c, v) => onEntry(cellPath(batched, sample, c), v)}
      domain={[lo, hi]}
      step={0.1}
      highlighted={marked}
      highlightLabel={text(CLASS_TEXT.targetMark)}
      guides={guides}
      className="c0"
      {...(testId ? { testId } : {})}
    />
  );
}
