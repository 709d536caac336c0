import { useId } from 'react';

export interface RadioChoice {
  readonly value: string;
  /** What the button shows. */
  readonly label: string;
  /** The accessible name, when the visible label alone is too terse (e.g. a bare index). */
  readonly name?: string;
}

export interface RadioChoicesProps {
  /** The group's visible and accessible name. */
  readonly label: string;
  readonly value: string;
  readonly choices: readonly RadioChoice[];
  readonly onChange: (value: string) => void;
  readonly className?: string;
}

/**
 * A compact row of native radio buttons styled as segments, for choices that are not PyTorch
 * keywords (which sample to show, which kind of target): arrow keys move within the group.
 */
export function RadioChoices({ label, value, choices, onChange, className }: RadioChoicesProps) {
  const id = useId();
  return (
    <div
      className={className ? `radio-choices ${className}` : 'radio-choices'}
      role="radiogroup"
      aria-labelledby={`${id}-label`}
    >
      <span id={`${id}-label`} className="radio-choices-label">
        {label}
      </span>
      {choices.map((c) => (
        <label key={c.value} className={c.value === value ? 'segment selected' : 'segment'}>
          <input
            type="radio"
            name={id}
            value={c.value}
            checked={c.value === value}
            aria-label={c.name ?? c.label}
            onChange={() => onChange(c.value)}
          />
          {c.label}
        </label>
      ))}
    </div>
  );
}
