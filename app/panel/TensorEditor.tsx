import { memo, useCallback, useId, useLayoutEffect, useRef, useState } from 'react';
import type { NestedNumbers } from '../../src/index.ts';
import { useStrings } from '../i18n/useStrings.ts';
import { setAt, shapeOf } from './nested.ts';
import { TensorTextField } from './TensorTextField.tsx';

export interface TensorEditorProps {
  /** The forward() argument name, used in every cell's accessible name (`input[0, 1]`). */
  readonly arg: string;
  readonly value: NestedNumbers;
  readonly onChange: (value: NestedNumbers) => void;
  /** Flat index of the highlighted element, if the editor shows one. */
  readonly highlight?: number;
  /** For a matrix whose rows are samples (embeddings): the row to highlight as a whole. */
  readonly highlightRow?: number;
  readonly onHighlight?: (flatIndex: number) => void;
  /**
   * Sizes the first dimension may take when the whole tensor is typed as text, for panels that
   * let the batch grow and shrink; without it the text must keep the current shape.
   */
  readonly batch?: { readonly min: number; readonly max: number };
}

interface CellProps {
  readonly label: string;
  readonly value: number;
  readonly highlighted: boolean;
  /** Row and column of the cell (0 for the dimensions a tensor does not have). */
  readonly row: number;
  readonly column: number;
  readonly index: number;
  readonly onCommit: (row: number, column: number, v: number) => void;
  readonly onFocus?: (index: number) => void;
}

/** One editable number; memoised, so that a change elsewhere does not touch its input. */
const Cell = memo(function Cell({
  label,
  value,
  highlighted,
  row,
  column,
  index,
  onCommit,
  onFocus,
}: CellProps) {
  const t = useStrings();
  const [text, setText] = useState<string | null>(null);
  const shown = text ?? String(value);
  const parsed = text === null ? value : text.trim() === '' ? Number.NaN : Number(text);
  const invalid = !Number.isFinite(parsed);
  return (
    <span className={highlighted ? 'cell highlighted' : 'cell'}>
      <input
        aria-label={label}
        aria-invalid={invalid}
        inputMode="decimal"
        value={shown}
        onFocus={onFocus ? () => onFocus(index) : undefined}
        onChange={(e) => {
          const next = e.target.value;
          setText(next);
          const n = next.trim() === '' ? Number.NaN : Number(next);
          if (Number.isFinite(n)) onCommit(row, column, n);
        }}
        onBlur={() => {
          if (!invalid) setText(null);
        }}
      />
      {invalid && (
        <span className="field-error" role="alert">
          {label}: {t.invalidNumber(shown)}
        </span>
      )}
    </span>
  );
});

/**
 * Editable cells for a 0-, 1- or 2-d example tensor, and the whole tensor as text on demand (the
 * only editor for 3-d and up). Each valid keystroke updates the store; text that is not a number
 * stays in its cell with a message, and the last valid value is kept.
 */
export function TensorEditor(props: TensorEditorProps) {
  const { arg, value, onChange, batch } = props;
  const t = useStrings();
  const id = useId();
  const shape = shapeOf(value);
  const [asText, setAsText] = useState(false);
  const cells = shape.length <= 2;
  return (
    <div className="tensor-editor" role="group" aria-label={arg}>
      <span className="tensor-name">{arg}</span>
      <div className="tensor-body">
        {cells ? (
          <TensorCells {...props} />
        ) : (
          <p className="field-hint">{t.tensorHighRank(shape.length)}</p>
        )}
        {cells && (
          <button
            type="button"
            className="text-toggle"
            aria-expanded={asText}
            aria-controls={id}
            onClick={() => setAsText(!asText)}
          >
            {t.editAsText}
          </button>
        )}
        <div id={id} hidden={cells && !asText}>
          {(!cells || asText) && (
            <TensorTextField
              arg={arg}
              value={value}
              expected={batch && shape.length > 0 ? { shape, batch } : { shape }}
              onChange={onChange}
            />
          )}
        </div>
      </div>
    </div>
  );
}

/** The cells of a 0-, 1- or 2-d tensor, one input per element. */
function TensorCells({
  arg,
  value,
  onChange,
  highlight,
  highlightRow,
  onHighlight,
}: TensorEditorProps) {
  const rows: number[][] =
    typeof value === 'number'
      ? [[value]]
      : value.every((x) => typeof x === 'number')
        ? [value as number[]]
        : (value as number[][]);
  const rank = typeof value === 'number' ? 0 : rows === value ? 2 : 1;
  // The cells get callbacks that never change (so they stay memoised) and that read the latest
  // tensor and handlers when called, which is always after the render that showed them.
  const latest = useRef({ value, rank, onChange, onHighlight });
  useLayoutEffect(() => {
    latest.current = { value, rank, onChange, onHighlight };
  });
  const commit = useCallback((row: number, column: number, v: number) => {
    const { value: tensor, rank: r, onChange: change } = latest.current;
    change(setAt(tensor, r === 2 ? [row, column] : r === 1 ? [column] : [], v));
  }, []);
  const focus = useCallback((index: number) => latest.current.onHighlight?.(index), []);
  let flat = 0;
  return (
    <div className="tensor-rows">
      {rows.map((row, i) => (
        <div className="tensor-row" key={i}>
          {row.map((x, j) => {
            const index = flat++;
            const path = rank === 2 ? [i, j] : rank === 1 ? [j] : [];
            const label = rank === 0 ? arg : `${arg}[${path.join(', ')}]`;
            return (
              <Cell
                key={j}
                label={label}
                value={x}
                highlighted={highlight === index || (rank === 2 && highlightRow === i)}
                row={i}
                column={j}
                index={index}
                onCommit={commit}
                {...(onHighlight ? { onFocus: focus } : {})}
              />
            );
          })}
        </div>
      ))}
    </div>
  );
}
