import { memo, useId } from 'react';

export interface SegmentedControlProps {
  /** The PyTorch keyword: the group's accessible name. */
  readonly name: string;
  readonly value: string;
  readonly choices: readonly string[];
  readonly description: string;
  readonly onChange: (value: string) => void;
}

/**
 * A row of radio buttons styled as one control, for `reduction` and other string choices.
 * Memoised: re-renders only when its own props change (pass a stable onChange).
 */
export const SegmentedControl = memo(function SegmentedControl({
  name,
  value,
  choices,
  description,
  onChange,
}: SegmentedControlProps) {
  const id = useId();
  return (
    <fieldset
      className="control segmented"
      role="radiogroup"
      aria-label={name}
      aria-describedby={`${id}-doc`}
    >
      <legend className="control-name">{name}</legend>
      <div className="segments">
        {choices.map((choice) => (
          <label key={choice} className={choice === value ? 'segment selected' : 'segment'}>
            <input
              type="radio"
              name={`${id}-${name}`}
              value={choice}
              checked={choice === value}
              onChange={() => onChange(choice)}
            />
            {choice}
          </label>
        ))}
      </div>
      <p id={`${id}-doc`} className="control-doc">
        {description}
      </p>
    </fieldset>
  );
});
