import type { ScaleLinear } from 'd3-scale';
import { useState, type KeyboardEvent, type PointerEvent } from 'react';

export interface DraggablePointProps {
  readonly x: ScaleLinear<number, number>;
  readonly y: ScaleLinear<number, number>;
  /** The point in data coordinates. */
  readonly value: { readonly x: number; readonly y: number };
  readonly bounds: { readonly x: readonly [number, number]; readonly y: readonly [number, number] };
  /** Arrow-key steps in data units; Shift multiplies them by 10. */
  readonly step: { readonly x: number; readonly y: number };
  readonly onChange: (value: { x: number; y: number }) => void;
  /** What the point is, e.g. "Outlier". */
  readonly label: string;
  /** Its coordinates in words, read out by screen readers on every move. */
  readonly valueText: string;
  readonly radius?: number;
  readonly className?: string;
}

const clamp = (v: number, [lo, hi]: readonly [number, number]) => Math.min(hi, Math.max(lo, v));
/** Keeps keyboard steps free of float dust (0.1 + 0.2) and pointer positions readable. */
const tidy = (v: number, digits: number) => Number(v.toFixed(digits));

/**
 * A point the user moves by mouse, finger or pen (pointer events with capture; the SVG needs
 * `touch-action: none`) or by keyboard: it is a focusable 2-D slider, arrows move it, Shift
 * takes bigger steps, and its aria-valuetext carries both coordinates.
 */
export function DraggablePoint({
  x,
  y,
  value,
  bounds,
  step,
  onChange,
  label,
  valueText,
  radius = 8,
  className = '',
}: DraggablePointProps) {
  const [dragging, setDragging] = useState(false);
  const move = (next: { x: number; y: number }, digits: number) =>
    onChange({
      x: tidy(clamp(next.x, bounds.x), digits),
      y: tidy(clamp(next.y, bounds.y), digits),
    });

  const fromPointer = (e: PointerEvent<SVGGElement>) => {
    const ctm = e.currentTarget.ownerSVGElement?.getScreenCTM();
    if (!ctm) return;
    const p = new DOMPoint(e.clientX, e.clientY).matrixTransform(ctm.inverse());
    move({ x: x.invert(p.x), y: y.invert(p.y) }, 2);
  };

  const onKeyDown = (e: KeyboardEvent<SVGGElement>) => {
    const k = e.shiftKey ? 10 : 1;
    const delta: Record<string, [number, number]> = {
      ArrowUp: [0, step.y],
      ArrowDown: [0, -step.y],
      ArrowRight: [step.x, 0],
      ArrowLeft: [-step.x, 0],
    };
    const d = delta[e.key];
    if (!d) return;
    e.preventDefault();
    move({ x: value.x + d[0] * k, y: value.y + d[1] * k }, 6);
  };

  return (
    <g
      className={`draggable ${dragging ? 'dragging' : ''} ${className}`}
      transform={`translate(${x(value.x)}, ${y(value.y)})`}
      role="slider"
      tabIndex={0}
      aria-label={label}
      aria-valuetext={valueText}
      aria-valuenow={value.y}
      aria-valuemin={bounds.y[0]}
      aria-valuemax={bounds.y[1]}
      aria-orientation="vertical"
      data-x={value.x}
      data-y={value.y}
      onKeyDown={onKeyDown}
      onPointerDown={(e) => {
        e.currentTarget.setPointerCapture(e.pointerId);
        e.currentTarget.focus({ preventScroll: true });
        setDragging(true);
        e.preventDefault();
      }}
      onPointerMove={(e) => {
        if (dragging) fromPointer(e);
      }}
      onPointerUp={(e) => {
        if (dragging) fromPointer(e);
        setDragging(false);
      }}
      onPointerCancel={() => setDragging(false)}
    >
      {/* A finger-sized target around the visible handle. */}
      <circle className="hit" r={radius + 16} />
      <circle className="focus-ring" r={radius + 5} />
      <circle className="handle" r={radius} />
    </g>
  );
}
