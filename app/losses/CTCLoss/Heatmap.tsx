import { useRef, useState } from 'react';
import { HeatmapCell } from './HeatmapCell.tsx';
import { useCtcStrings } from './useCtcStrings.ts';

export interface HeatmapProps {
  /** T × C probabilities in 0.0001 units. */
  readonly units: readonly (readonly number[])[];
  readonly symbols: readonly string[];
  readonly onChange: (t: number, k: number, p: number) => void;
}

/** The T × C frame probabilities as an editable grid: rows are frames, columns classes. */
export function Heatmap({ units, symbols, onChange }: HeatmapProps) {
  const s = useCtcStrings();
  const frames = units.length;
  const classes = symbols.length;
  const [active, setActive] = useState({ t: 0, k: 0 });
  const table = useRef<HTMLTableElement>(null);
  const at = { t: Math.min(active.t, frames - 1), k: Math.min(active.k, classes - 1) };
  const move = (dt: number, dk: number) => {
    const next = {
      t: Math.min(frames - 1, Math.max(0, at.t + dt)),
      k: Math.min(classes - 1, Math.max(0, at.k + dk)),
    };
    setActive(next);
    table.current?.querySelector<HTMLElement>(`[data-t="${next.t}"][data-k="${next.k}"]`)?.focus();
  };
  return (
    <section className="ctc-heatmap-section" aria-labelledby="ctc-heatmap-title">
      <h3 id="ctc-heatmap-title">{s.heatmap}</h3>
      <p className="control-doc">{s.heatmapNote}</p>
      <div className="ctc-scroll">
        <table ref={table} className="ctc-heatmap" role="grid" aria-labelledby="ctc-heatmap-title">
          <thead>
            <tr>
              <th scope="col">t \ k</th>
              {symbols.map((sym, k) => (
                <th scope="col" key={k} className={sym === 'ε' ? 'blank' : undefined}>
                  <span className="ctc-class-index">{k}</span> {sym}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {units.map((row, t) => (
              <tr key={t}>
                <th scope="row">{t}</th>
                {row.map((u, k) => (
                  <HeatmapCell
                    key={k}
                    t={t}
                    k={k}
                    symbol={symbols[k] ?? '?'}
                    units={u}
                    active={at.t === t && at.k === k}
                    onChange={(p) => onChange(t, k, p)}
                    onFocusCell={() => setActive({ t, k })}
                    onMove={move}
                  />
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
