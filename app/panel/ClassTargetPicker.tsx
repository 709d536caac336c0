import type { NestedNumbers } from '../../src/index.ts';
import { useBilingual } from '../i18n/useStrings.ts';
import { withClassTarget } from './classRows.ts';
import { CLASS_TEXT } from './classText.ts';
import { SegmentedControl } from './controls/SegmentedControl.tsx';

export interface ClassTargetPickerProps {
  /** The whole class-index target, (N) or 0-d. */
  readonly target: NestedNumbers;
  readonly sample: number;
  readonly classes: number;
  readonly ignoreIndex: number;
  readonly value: number | null;
  readonly onChange: (target: NestedNumbers) => void;
}

/**
 * The shown sample's class index, picked among the classes or ignore_index (the way padding is
 * marked in practice). Its accessible name is the tensor entry, `target[n]`.
 */
export function ClassTargetPicker({
  target,
  sample,
  classes,
  ignoreIndex,
  value,
  onChange,
}: ClassTargetPickerProps) {
  const text = useBilingual();
  const choices = Array.from({ length: classes }, (_, c) => String(c));
  if (!choices.includes(String(ignoreIndex))) choices.push(String(ignoreIndex));
  if (value !== null && !choices.includes(String(value))) choices.push(String(value));
  return (
    <div className="target-picker">
      <SegmentedControl
        name={typeof target === 'number' ? 'target' : `target[${sample}]`}
        value={value === null ? '' : String(value)}
        choices={choices}
        description={text(CLASS_TEXT.targetPickerDoc(sample, ignoreIndex))}
        onChange={(v) => onChange(withClassTarget(target, sample, Number(v)))}
      />
    </div>
  );
}
