import { memo, useId, useState } from 'react';
import { ariaNumber, formatNumber } from '../../format.ts';
import { useStrings } from '../../i18n/useStrings.ts';

export interface NumberControlProps {
  readonly name: string;
  readonly value: number;
  readonly min: number;
  readonly max: number;
  readonly step: number;
  readonly description: string;
  readonly onChange: (value: number) => void;
}

/**
 * A slider for exploring plus a number field for exact values (including values beyond the
 * slider's instructive range). Text that is not a number is reported and not applied.
 * Memoised: re-renders only when its own props change (pass a stable onChange).
 */
export const NumberControl = memo(function NumberControl({
  name,
  value,
  min,
  max,
  step,
  description,
  onChange,
}: NumberControlProps) {
  const t = useStrings();
  const id = useId();
  // While the user types, their text is shown as typed (null = show the stored value).
  const [text, setText] = useState<string | null>(null);
  const parsed = text === null ? value : text.trim() === '' ? Number.NaN : Number(text);
  const error = Number.isFinite(parsed) ? null : t.invalidNumber(text ?? '');

  const commit = (raw: string) => {
    setText(raw);
    const n = raw.trim() === '' ? Number.NaN : Number(raw);
    if (Number.isFinite(n)) onChange(n);
  };

  return (
    <div className="control number" role="group" aria-labelledby={`${id}-name`}>
      <label id={`${id}-name`} className="control-name" htmlFor={`${id}-field`}>
        {name} <output className="control-value">{formatNumber(value)}</output>
      </label>
      <div className="number-inputs">
        <input
          type="range"
          aria-label={name}
          aria-describedby={`${id}-doc`}
          min={min}
          max={max}
          step={step}
          value={Math.min(max, Math.max(min, value))}
          onChange={(e) => {
            setText(null);
            onChange(Number(e.target.value));
          }}
        />
        <input
          id={`${id}-field`}
          type="text"
          inputMode="decimal"
          role="spinbutton"
          aria-valuenow={ariaNumber(value)}
          aria-valuetext={formatNumber(value)}
          aria-label={name}
          aria-invalid={error !== null}
          aria-describedby={error ? `${id}-error` : `${id}-doc`}
          className="number-field"
          value={text ?? String(value)}
          onChange={(e) => commit(e.target.value)}
          onBlur={() => {
            if (error === null) setText(null);
          }}
          onKeyDown={(e) => {
            if (e.key === 'ArrowUp' || e.key === 'ArrowDown') {
              e.preventDefault();
              const next = value + (e.key === 'ArrowUp' ? step : -step);
              commit(String(Number(next.toFixed(10))));
            }
          }}
        />
      </div>
      {error && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error}
        </p>
      )}
      <p id={`${id}-doc`} className="control-doc">
        {description}
      </p>
    </div>
  );
});
