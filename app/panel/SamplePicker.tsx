import { useBilingual } from '../i18n/useStrings.ts';
import { appStore } from '../store/appStore.ts';
import { CLASS_TEXT } from './classText.ts';
import { RadioChoices } from './controls/RadioChoices.tsx';

/** Which sample of the batch the charts and step-by-step formulas show. */
export function SamplePicker({
  name,
  count,
  value,
}: {
  name: string;
  count: number;
  value: number;
}) {
  const text = useBilingual();
  if (count <= 1) return null;
  const sample = text(CLASS_TEXT.sample);
  return (
    <RadioChoices
      label={sample}
      value={String(value)}
      choices={Array.from({ length: count }, (_, n) => ({
        value: String(n),
        label: String(n),
        name: `${sample} ${n}`,
      }))}
      onChange={(v) => appStore.getState().setHighlight(name, Number(v))}
    />
  );
}
