import { softmax } from '../../../src/index.ts';
import { formatNumber } from '../../format.ts';
import { useBilingual } from '../../i18n/useStrings.ts';
import { cellPath, type ClassRows } from '../../panel/classRows.ts';
import { CLASS_TEXT } from '../../panel/classText.ts';
import { DraggableBars } from '../../plot/DraggableBars.tsx';
import { CE_TEXT } from './strings.ts';

export interface LogitBarsProps {
  readonly rows: ClassRows;
  readonly sample: number;
  /** The class to mark: the target class, or the most probable one of a probability target. */
  readonly marked: number | null;
  /** The distribution the loss compares with, drawn dashed over the probabilities. */
  readonly targetDistribution: readonly number[] | null;
  readonly smoothed: boolean;
  readonly onLogit: (path: number[], value: number) => void;
}

/** The logits of one sample as sliders, and beside them the softmax the loss sees. */
export function LogitBars({
  rows,
  sample,
  marked,
  targetDistribution,
  smoothed,
  onLogit,
}: LogitBarsProps) {
  const text = useBilingual();
  const logits = rows.rows[sample] ?? [];
  const probs = softmax(logits);
  const lo = Math.min(-5, Math.floor(Math.min(...logits)));
  const hi = Math.max(5, Math.ceil(Math.max(...logits)));
  const labels = logits.map((_, c) => String(c));
  const list = (vs: readonly number[]) =>
    vs.map((v, c) => `${text(CLASS_TEXT.classLabel(c))} ${formatNumber(v)}`).join(', ');
  const name = (c: number) => `input[${cellPath(rows.batched, sample, c).join(', ')}]`;
  return (
    <div className="bar-pair">
      <DraggableBars
        title={text(CE_TEXT.logitsTitle(sample))}
        summary={text(
          CE_TEXT.logitsSummary(
            list(logits),
            marked === null ? '—' : text(CLASS_TEXT.classLabel(marked)),
          ),
        )}
        values={logits}
        labels={labels}
        barName={name}
        onChange={(c, v) => onLogit(cellPath(rows.batched, sample, c), v)}
        domain={[lo, hi]}
        step={0.1}
        highlighted={marked}
        highlightLabel={text(CLASS_TEXT.targetMark)}
        className="c0"
        testId="logit-bars"
      />
      <DraggableBars
        title={text(CE_TEXT.probsTitle)}
        summary={text(CE_TEXT.probsSummary(list(probs)))}
        values={probs}
        labels={labels}
        domain={[0, 1]}
        highlighted={marked}
        highlightLabel={text(CLASS_TEXT.targetMark)}
        className="c2"
        legend={text(CE_TEXT.probsLegend)}
        {...(targetDistribution
          ? {
              overlay: {
                values: targetDistribution,
                label: text(smoothed ? CE_TEXT.smoothedOverlay : CE_TEXT.targetOverlay),
              },
            }
          : {})}
        testId="softmax-bars"
      />
    </div>
  );
}
