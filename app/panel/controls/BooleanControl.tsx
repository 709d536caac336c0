import { memo, useId } from 'react';

export interface BooleanControlProps {
  readonly name: string;
  readonly value: boolean;
  readonly description: string;
  readonly onChange: (value: boolean) => void;
}

/**
 * A switch for keywords such as `full`, `log_input`, `swap`, `zero_infinity`.
 * Memoised: re-renders only when its own props change (pass a stable onChange).
 */
export const BooleanControl = memo(function BooleanControl({
  name,
  value,
  description,
  onChange,
}: BooleanControlProps) {
  const id = useId();
  return (
    <div className="control boolean">
      <button
        type="button"
        role="switch"
        aria-checked={value}
        aria-label={name}
        aria-describedby={`${id}-doc`}
        className="switch"
        onClick={() => onChange(!value)}
      >
        <span className="control-name">{name}</span>
        <span className="switch-state">{value ? 'True' : 'False'}</span>
      </button>
      <p id={`${id}-doc`} className="control-doc">
        {description}
      </p>
    </div>
  );
});
