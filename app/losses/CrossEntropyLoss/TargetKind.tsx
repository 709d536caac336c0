import { useBilingual } from '../../i18n/useStrings.ts';
import { CE_TEXT } from './strings.ts';

/** Class indices or class probabilities: which kind of target the example holds. */
export function TargetKind({
  probabilities,
  onChange,
}: {
  probabilities: boolean;
  onChange: (probabilities: boolean) => void;
}) {
  const text = useBilingual();
  const options = [
    { value: false, label: text(CE_TEXT.classIndex) },
    { value: true, label: text(CE_TEXT.probabilities) },
  ];
  return (
    <div className="target-kind">
      <div className="segments" role="radiogroup" aria-label={text(CE_TEXT.targetKind)}>
        <span className="target-kind-name">{text(CE_TEXT.targetKind)}</span>
        {options.map((o) => (
          <button
            key={o.label}
            type="button"
            role="radio"
            aria-checked={o.value === probabilities}
            className={o.value === probabilities ? 'segment selected' : 'segment'}
            onClick={() => o.value !== probabilities && onChange(o.value)}
          >
            {o.label}
          </button>
        ))}
      </div>
      <p className="control-doc">{text(CE_TEXT.targetKindDoc)}</p>
    </div>
  );
}
