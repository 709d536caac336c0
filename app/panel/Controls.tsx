import { memo } from 'react';
import { getLoss, type KeywordMeta, type NestedNumbers } from '../../src/index.ts';
import { useBilingual } from '../i18n/useStrings.ts';
import type { KeywordValue } from '../losses/types.ts';
import { appStore, useAppStore } from '../store/appStore.ts';
import { BooleanControl } from './controls/BooleanControl.tsx';
import { NumberControl } from './controls/NumberControl.tsx';
import { SegmentedControl } from './controls/SegmentedControl.tsx';
import { TensorKeywordControl } from './controls/TensorKeywordControl.tsx';

export interface ControlsProps {
  readonly name: string;
  /** Keywords to leave out (a panel may render them itself, e.g. inside a figure). */
  readonly exclude?: readonly string[];
}

/** One keyword's control; memoised, so moving one slider does not re-render the others. */
const ControlFor = memo(function ControlFor({
  loss,
  kw,
  value,
}: {
  loss: string;
  kw: KeywordMeta;
  value: KeywordValue | undefined;
}) {
  const text = useBilingual();
  const set = (v: KeywordValue) => appStore.getState().setParam(loss, kw.name, v);
  const description = text(kw.doc);
  switch (kw.kind) {
    case 'reduction':
    case 'choice':
      return (
        <SegmentedControl
          name={kw.name}
          value={String(value ?? kw.default)}
          choices={kw.choices}
          description={description}
          onChange={set}
        />
      );
    case 'boolean':
      return (
        <BooleanControl
          name={kw.name}
          value={value === true}
          description={description}
          onChange={set}
        />
      );
    case 'number':
      return (
        <NumberControl
          name={kw.name}
          value={typeof value === 'number' ? value : kw.default}
          min={kw.min}
          max={kw.max}
          step={kw.step}
          description={description}
          onChange={set}
        />
      );
    case 'tensor':
      return (
        <TensorKeywordControl
          name={kw.name}
          loss={loss}
          value={(value ?? null) as NestedNumbers | null}
          description={description}
          onChange={set}
        />
      );
  }
});

/** One control per constructor keyword, generated from the core's metadata. */
export function Controls({ name, exclude = [] }: ControlsProps) {
  const params = useAppStore((s) => s.losses[name]?.params);
  const keywords = getLoss(name).meta.keywords.filter((k) => !exclude.includes(k.name));
  return (
    <div className="controls">
      {keywords.map((kw) => (
        <ControlFor key={kw.name} loss={name} kw={kw} value={params?.[kw.name]} />
      ))}
    </div>
  );
}
