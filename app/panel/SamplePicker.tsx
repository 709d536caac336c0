import { useBilingual } from '../i18n/useStrings.ts';
import { appStore } from '../store/appStore.ts';
import { CLASS_TEXT } from './classText.ts';

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
  return (
    <div className="sample-picker" role="radiogroup" aria-label={text(CLASS_TEXT.samplePicker)}>
      <span>{text(CLASS_TEXT.sample)}</span>
      {Array.from({ length: count }, (_, n) => (
        <button
          type="button"
          role="radio"
          key={n}
          aria-checked={n === value}
          aria-label={`${text(CLASS_TEXT.sample)} ${n}`}
          className={n === value ? 'segment selected' : 'segment'}
          onClick={() => appStore.getState().setHighlight(name, n)}
        >
          {n}
        </button>
      ))}
    </div>
  );
}
