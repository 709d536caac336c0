import { redistribute, type NestedNumbers } from '../../../src/index.ts';
import { useBilingual } from '../../i18n/useStrings.ts';
import { ClassTargetPicker } from '../../panel/ClassTargetPicker.tsx';
import { roundInput, withRow, type ClassRows } from '../../panel/classRows.ts';
import { CLASS_TEXT } from '../../panel/classText.ts';
import { DraggableBars } from '../../plot/DraggableBars.tsx';
import { formatNumber } from '../../format.ts';
import { CE_TEXT } from './strings.ts';

export interface TargetEditorProps {
  readonly target: NestedNumbers;
  readonly sample: number;
  readonly classes: number;
  readonly ignoreIndex: number;
  /** The target rows when they are probabilities; null for class indices. */
  readonly probabilityRows: ClassRows | null;
  readonly classTarget: number | null;
  readonly onChange: (target: NestedNumbers) => void;
}

/**
 * The shown sample's target: a class picker (which offers ignore_index too, the way padding is
 * marked in practice), or draggable probabilities that keep summing to 1.
 */
export function TargetEditor({
  target,
  sample,
  classes,
  ignoreIndex,
  probabilityRows,
  classTarget,
  onChange,
}: TargetEditorProps) {
  const text = useBilingual();
  if (probabilityRows) {
    const row = probabilityRows.rows[sample] ?? [];
    const path = (c: number) => (probabilityRows.batched ? `${sample}, ${c}` : `${c}`);
    return (
      <DraggableBars
        title={text(CE_TEXT.targetProbsTitle(sample))}
        summary={row
          .map((q, c) => `${text(CLASS_TEXT.classLabel(c))} ${formatNumber(q)}`)
          .join(', ')}
        values={row}
        labels={row.map((_, c) => String(c))}
        barName={(c) => `target[${path(c)}]`}
        onChange={(c, v) =>
          onChange(
            withRow(
              target,
              probabilityRows.batched,
              sample,
              redistribute(row, c, v).map(roundInput),
            ),
          )
        }
        domain={[0, 1]}
        step={0.01}
        className="c3"
        height={180}
        testId="target-bars"
      />
    );
  }
  return (
    <ClassTargetPicker
      target={target}
      sample={sample}
      classes={classes}
      ignoreIndex={ignoreIndex}
      value={classTarget}
      onChange={onChange}
    />
  );
}
