import { useId, useState } from 'react';
import { MAX_TARGET_LENGTH, checkTarget } from './alphabet.ts';
import { useCtcStrings } from './useCtcStrings.ts';

export interface TargetInputProps {
  readonly word: string;
  readonly onWord: (word: string) => void;
}

/**
 * The target as text. Every valid keystroke applies at once; invalid text stays in the field
 * with a message saying why, and the last valid target stays in use.
 */
export function TargetInput({ word, onWord }: TargetInputProps) {
  const s = useCtcStrings();
  const id = useId();
  const [text, setText] = useState<string | null>(null);
  const shown = text ?? word;
  const check = checkTarget(shown);
  const error = check.ok ? null : s.targetProblem(check.problem, MAX_TARGET_LENGTH);
  return (
    <div className="control ctc-target">
      <label className="control-name" htmlFor={`${id}-field`}>
        {s.targetLabel}
      </label>
      <input
        id={`${id}-field`}
        className="ctc-target-field"
        value={shown}
        spellCheck={false}
        autoCapitalize="none"
        autoComplete="off"
        aria-invalid={error !== null}
        aria-describedby={error ? `${id}-error` : `${id}-doc`}
        onChange={(e) => {
          const next = e.target.value;
          setText(next);
          const valid = checkTarget(next);
          if (valid.ok && valid.word !== word) onWord(valid.word);
        }}
        onBlur={() => {
          if (error === null) setText(null);
        }}
      />
      {error && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error}
        </p>
      )}
      <p id={`${id}-doc`} className="control-doc">
        {s.targetHelp(MAX_TARGET_LENGTH)}
      </p>
    </div>
  );
}
