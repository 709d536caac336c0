import { useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { ariaNumber } from '../format.ts';
import { useBilingual } from '../i18n/useStrings.ts';
import { PLANE_STRINGS } from './planeStrings.ts';
import { arrowDelta, clamp, snapTo } from './snap.ts';
import type { PlaneScales } from './usePlaneScales.ts';

export interface DraggablePointProps {
  /** Position in data coordinates. */
  readonly x: number;
  readonly y: number;
  readonly scales: PlaneScales;
  /** What the point is, e.g. "pair 0"; the accessible name adds `valueText`. */
  readonly label: string;
  /** The position as it should be spoken, e.g. "x₁ = 0.8, x₂ = 0.4, loss 0". */
  readonly valueText: string;
  readonly onMove: (x: number, y: number) => void;
  /** Called when the point is focused or grabbed (e.g. to show it in the formula). */
  readonly onActivate?: () => void;
  /** 'x' keeps y fixed (a point riding on a curve, whose height the caller computes). */
  readonly axis?: 'both' | 'x' | 'y';
  /** Arrow-key step in data units; Shift moves five steps. */
  readonly step?: number;
  /** Dragged positions are rounded to multiples of this, so tensors stay readable. */
  readonly snap?: number;
  /** Allowed region; defaults to the scales' domains. */
  readonly xBounds?: readonly [number, number];
  readonly yBounds?: readonly [number, number];
  /** Colour class from the palette (`c0`…`c5`). */
  readonly className?: string;
  /** A second cue besides colour. */
  readonly shape?: 'circle' | 'square' | 'diamond';
  /** A short text drawn beside the point, e.g. its index. */
  readonly tag?: string;
  readonly highlighted?: boolean;
  readonly testId?: string;
}

const R = 7;

function markPath(shape: 'square' | 'diamond', r: number): string {
  return shape === 'square'
    ? `M${-r},${-r}h${2 * r}v${2 * r}h${-2 * r}z`
    : `M0,${-r * 1.3}L${r * 1.3},0L0,${r * 1.3}L${-r * 1.3},0z`;
}

/** Client (screen) coordinates to the SVG's user units. */
function toUserSpace(el: SVGGraphicsElement, clientX: number, clientY: number) {
  const m = el.ownerSVGElement?.getScreenCTM();
  if (!m) return null;
  const p = new DOMPoint(clientX, clientY).matrixTransform(m.inverse());
  return { x: p.x, y: p.y };
}

/**
 * A point the user moves with a mouse, a finger (pointer capture, `touch-action: none`) or the
 * arrow keys. For assistive technology it is a slider whose value text is its coordinates.
 */
export function DraggablePoint({
  x,
  y,
  scales,
  label,
  valueText,
  onMove,
  onActivate,
  axis = 'both',
  step = 0.1,
  snap = 0.01,
  xBounds,
  yBounds,
  className = 'c0',
  shape = 'circle',
  tag,
  highlighted = false,
  testId,
}: DraggablePointProps) {
  const text = useBilingual();
  // Offset from the pointer to the point's centre at grab time, so the point does not jump.
  const grab = useRef<{ dx: number; dy: number } | null>(null);
  const [xlo, xhi] = xBounds ?? (scales.x.domain() as [number, number]);
  const [ylo, yhi] = yBounds ?? (scales.y.domain() as [number, number]);
  const cx = scales.x(x);
  const cy = scales.y(y);

  const moveTo = (nx: number, ny: number, round: number) => {
    const mx = axis === 'y' ? x : clamp(snapTo(nx, round), xlo, xhi);
    const my = axis === 'x' ? y : clamp(snapTo(ny, round), ylo, yhi);
    if (mx !== x || my !== y) onMove(mx, my);
  };

  const onPointerDown = (e: PointerEvent<SVGGElement>) => {
    if (e.button !== 0) return;
    const p = toUserSpace(e.currentTarget, e.clientX, e.clientY);
    if (!p) return;
    e.preventDefault();
    e.currentTarget.setPointerCapture(e.pointerId);
    e.currentTarget.focus();
    grab.current = { dx: cx - p.x, dy: cy - p.y };
    onActivate?.();
  };
  const onPointerMove = (e: PointerEvent<SVGGElement>) => {
    if (!grab.current) return;
    const p = toUserSpace(e.currentTarget, e.clientX, e.clientY);
    if (!p) return;
    moveTo(scales.x.invert(p.x + grab.current.dx), scales.y.invert(p.y + grab.current.dy), snap);
  };
  const release = () => {
    grab.current = null;
  };
  const onKeyDown = (e: KeyboardEvent<SVGGElement>) => {
    const d = arrowDelta(e.key, axis);
    if (!d) return;
    e.preventDefault();
    const size = e.shiftKey ? step * 5 : step;
    moveTo(x + d.dx * size, y + d.dy * size, Math.min(snap, step));
  };

  const r = highlighted ? R + 1.5 : R;
  return (
    <g
      className={`draggable ${className}${highlighted ? ' highlighted' : ''}`}
      transform={`translate(${cx},${cy})`}
      tabIndex={0}
      role="slider"
      aria-roledescription={text(PLANE_STRINGS.draggablePoint)}
      aria-label={`${label}: ${valueText}`}
      aria-valuetext={valueText}
      aria-valuenow={ariaNumber(axis === 'y' ? y : x)}
      aria-valuemin={ariaNumber(axis === 'y' ? ylo : xlo)}
      aria-valuemax={ariaNumber(axis === 'y' ? yhi : xhi)}
      aria-orientation={axis === 'y' ? 'vertical' : 'horizontal'}
      data-testid={testId}
      data-x={x}
      data-y={y}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={release}
      onPointerCancel={release}
      onLostPointerCapture={release}
      onFocus={onActivate}
      onKeyDown={onKeyDown}
    >
      <title>{text(PLANE_STRINGS.dragHint)}</title>
      {/* A finger-sized target around the visible mark. */}
      <circle className="hit" r={R * 2.6} />
      <circle className="focus-ring" r={r + 5} />
      {shape === 'circle' ? (
        <circle className="mark" r={r} />
      ) : (
        <path className="mark" d={markPath(shape, r)} />
      )}
      {tag !== undefined && (
        <text className="point-tag" x={r + 4} y={-r - 2}>
          {tag}
        </text>
      )}
    </g>
  );
}
