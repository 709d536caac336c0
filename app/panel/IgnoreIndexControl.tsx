import { getLoss } from '../../src/index.ts';
import { useBilingual } from '../i18n/useStrings.ts';
import { appStore } from '../store/appStore.ts';
import { SegmentedControl } from './controls/SegmentedControl.tsx';

/**
 * `ignore_index` as a choice among the classes plus PyTorch's default −100 (which matches no
 * class), rather than a slider over a hundred meaningless integers. A value set by a link that is
 * neither stays selectable.
 */
export function IgnoreIndexControl({
  name,
  value,
  classes,
}: {
  name: string;
  value: number;
  classes: number;
}) {
  const text = useBilingual();
  const kw = getLoss(name).meta.keywords.find((k) => k.name === 'ignore_index');
  const choices = ['-100', ...Array.from({ length: classes }, (_, c) => String(c))];
  if (!choices.includes(String(value))) choices.push(String(value));
  return (
    <SegmentedControl
      name="ignore_index"
      value={String(value)}
      choices={choices}
      description={kw ? text(kw.doc) : ''}
      onChange={(v) => appStore.getState().setParam(name, 'ignore_index', Number(v))}
    />
  );
}
