import { useBilingual } from '../../i18n/useStrings.ts';
import { ML } from './strings.ts';

export interface ClassTogglesProps {
  readonly sample: number;
  readonly classes: number;
  /** Classes currently in the label set. */
  readonly selected: readonly number[];
  /** A short mark beside a selected class, e.g. its place in the index list ("y₀"). */
  readonly badge?: (c: number) => string | null;
  readonly onToggle: (c: number) => void;
}

/** The label set of one sample as toggle buttons, one per class. */
export function ClassToggles({ sample, classes, selected, badge, onToggle }: ClassTogglesProps) {
  const text = useBilingual();
  const label = text(ML.togglesLabel(sample));
  return (
    <div className="class-toggles" role="group" aria-label={label}>
      <span className="class-toggles-label">{label}</span>
      <div className="class-toggle-row">
        {Array.from({ length: classes }, (_, c) => {
          const on = selected.includes(c);
          const mark = on ? badge?.(c) : null;
          return (
            <button
              key={c}
              type="button"
              className={on ? 'class-toggle on' : 'class-toggle'}
              aria-pressed={on}
              aria-label={text(ML.classButton(c))}
              onClick={() => onToggle(c)}
            >
              <span aria-hidden="true">{on ? '✓ ' : ''}</span>
              {c}
              {mark && <sub aria-hidden="true">{mark}</sub>}
            </button>
          );
        })}
      </div>
    </div>
  );
}
