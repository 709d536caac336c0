import { useBilingual } from '../../i18n/useStrings.ts';
import { RadioChoices } from '../../panel/controls/RadioChoices.tsx';
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
  return (
    <div className="target-kind">
      <RadioChoices
        label={text(CE_TEXT.targetKind)}
        value={probabilities ? 'probabilities' : 'classes'}
        choices={[
          { value: 'classes', label: text(CE_TEXT.classIndex) },
          { value: 'probabilities', label: text(CE_TEXT.probabilities) },
        ]}
        onChange={(v) => onChange(v === 'probabilities')}
      />
      <p className="control-doc">{text(CE_TEXT.targetKindDoc)}</p>
    </div>
  );
}
