import { useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { UNITS } from './probabilities.ts';
import { useCtcStrings } from './useCtcStrings.ts';

export interface HeatmapCellProps {
  readonly t: number;
  readonly k: number;
  readonly symbol: string;
  /** Probability in 0.0001 units. */
  readonly units: number;
  readonly active: boolean;
  readonly onChange: (p: number) => void;
  readonly onFocusCell: () => void;
  readonly onMove: (dt: number, dk: number) => void;
}

/** Pixels of vertical drag for the full 0…1 range. */
const DRAG_RANGE = 150;

/**
 * One probability: focusable (roving tabindex), + / − and PageUp / PageDown to change it,
 * digits to type a new value, and a vertical drag with the pointer or a finger.
 */
export function HeatmapCell({
  t,
  k,
  symbol,
  units,
  active,
  onChange,
  onFocusCell,
  onMove,
}: HeatmapCellProps) {
  const s = useCtcStrings();
  const p = units / UNITS;
  const [draft, setDraft] = useState<string | null>(null);
  const drag = useRef<{ y: number; p: number } | null>(null);
  const draftValue = draft === null ? Number.NaN : Number(draft);
  const draftBad = draft !== null && draft.trim() !== '' && !(draftValue >= 0 && draftValue <= 1);

  const onKeyDown = (e: KeyboardEvent<HTMLTableCellElement>) => {
    if (draft !== null) return;
    const moves: Record<string, [number, number]> = {
      ArrowUp: [-1, 0],
      ArrowDown: [1, 0],
      ArrowLeft: [0, -1],
      ArrowRight: [0, 1],
    };
    const move = moves[e.key];
    const delta =
      e.key === '+' || e.key === '='
        ? 0.01
        : e.key === '-' || e.key === '_'
          ? -0.01
          : e.key === 'PageUp'
            ? 0.1
            : e.key === 'PageDown'
              ? -0.1
              : 0;
    if (move) onMove(move[0], move[1]);
    else if (delta !== 0) onChange(p + delta);
    else if (/^[0-9.]$/.test(e.key)) setDraft(e.key === '.' ? '0.' : e.key);
    else if (e.key === 'Enter' || e.key === 'F2') setDraft(String(p));
    else return;
    e.preventDefault();
  };

  const onPointerDown = (e: PointerEvent<HTMLTableCellElement>) => {
    if (draft !== null) return;
    e.currentTarget.setPointerCapture(e.pointerId);
    drag.current = { y: e.clientY, p };
    onFocusCell();
  };
  const onPointerMove = (e: PointerEvent<HTMLTableCellElement>) => {
    const start = drag.current;
    if (!start) return;
    const next = Math.round((start.p + (start.y - e.clientY) / DRAG_RANGE) * 200) / 200;
    if (Math.abs(next - p) >= 0.005) onChange(next);
  };
  const endDrag = () => {
    drag.current = null;
  };

  const commit = () => {
    if (draft !== null && !draftBad && draft.trim() !== '') onChange(draftValue);
    setDraft(null);
  };

  return (
    <td
      role="gridcell"
      className="ctc-heat-cell"
      tabIndex={active ? 0 : -1}
      aria-label={s.heatmapCell(t, symbol, k, String(p))}
      aria-readonly={false}
      data-t={t}
      data-k={k}
      data-p={p}
      style={{ ['--p' as string]: String(p) }}
      onKeyDown={onKeyDown}
      onFocus={onFocusCell}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={endDrag}
      onPointerCancel={endDrag}
    >
      {draft === null ? (
        <span aria-hidden="true">{p.toFixed(2)}</span>
      ) : (
        <>
          <input
            autoFocus
            aria-label={s.editCell(t, symbol)}
            aria-invalid={draftBad}
            inputMode="decimal"
            value={draft}
            onChange={(e) => setDraft(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') commit();
              if (e.key === 'Escape') setDraft(null);
              e.stopPropagation();
            }}
            onBlur={commit}
          />
          {draftBad && (
            <span className="field-error" role="alert">
              {s.badProbability(draft)}
            </span>
          )}
        </>
      )}
    </td>
  );
}
