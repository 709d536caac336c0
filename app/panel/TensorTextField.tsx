import { useId, useState } from 'react';
import type { NestedNumbers } from '../../src/index.ts';
import type { Strings } from '../i18n/strings.ts';
import { useStrings } from '../i18n/useStrings.ts';
import { MAX_LINK_ELEMENTS, MAX_TENSOR_TEXT } from '../routing/tensorText.ts';
import {
  formatTensorInput,
  parseTensorInput,
  shapeText,
  sizeText,
  type ExpectedShape,
  type TensorInputError,
} from './tensorInput.ts';

export interface TensorTextFieldProps {
  readonly arg: string;
  readonly value: NestedNumbers;
  readonly expected: ExpectedShape;
  readonly onChange: (value: NestedNumbers) => void;
}

const count = (n: number) => n.toLocaleString('en');

function errorText(t: Strings, e: TensorInputError, expected: ExpectedShape): string {
  const m = t.tensorText;
  switch (e.kind) {
    case 'tooLong':
      return m.tooLong(count(e.chars), count(MAX_TENSOR_TEXT), count(MAX_LINK_ELEMENTS));
    case 'tooMany':
      return m.tooMany(count(e.count), count(MAX_LINK_ELEMENTS));
    case 'empty':
      return m.empty;
    case 'notNumber':
      return m.notNumber(e.token);
    case 'brackets':
      return m.brackets;
    case 'ragged':
      return m.ragged;
    case 'shape':
      return m.shape(sizeText(e.got), shapeText(expected));
  }
}

/**
 * A whole tensor as text, for pasting from Python or a spreadsheet. Valid text updates the
 * tensor as it is typed; anything else leaves the tensor at its last valid value and says why
 * right under the field. Text too long to be an example is refused before it is read, and is
 * not kept in the field, so a stray paste of a data set never slows the page.
 */
export function TensorTextField({ arg, value, expected, onChange }: TensorTextFieldProps) {
  const t = useStrings();
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<TensorInputError | null>(null);
  const text = draft ?? formatTensorInput(value);
  return (
    <div className="tensor-text">
      <textarea
        id={`${id}-field`}
        aria-label={t.tensorAsText(arg)}
        aria-describedby={`${id}-hint ${id}-error`}
        aria-invalid={error !== null}
        spellCheck={false}
        autoCapitalize="off"
        autoComplete="off"
        rows={Math.min(8, Math.max(1, text.split('\n').length))}
        value={text}
        onChange={(e) => {
          const next = e.target.value;
          const result = parseTensorInput(next, expected);
          if (!result.ok && result.error.kind === 'tooLong') {
            setError(result.error);
            return;
          }
          setDraft(next);
          setError(result.ok ? null : result.error);
          if (result.ok && JSON.stringify(result.value) !== JSON.stringify(value))
            onChange(result.value);
        }}
        onBlur={() => {
          if (error === null) setDraft(null);
        }}
      />
      <p id={`${id}-hint`} className="field-hint">
        {t.tensorTextHint(shapeText(expected))}
        {expected.batch && t.batchRange(expected.batch.min, expected.batch.max)}
      </p>
      <p id={`${id}-error`} className="field-error" aria-live="polite">
        {error && errorText(t, error, expected) + t.tensorText.kept}
      </p>
    </div>
  );
}
