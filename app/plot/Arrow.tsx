export interface ArrowProps {
  /** Start and end in SVG user units. */
  readonly from: readonly [number, number];
  readonly to: readonly [number, number];
  readonly className?: string;
  readonly head?: number;
}

/** A straight arrow with a filled head; nothing when it is too short to read. */
export function Arrow({ from, to, className = 'c1', head = 8 }: ArrowProps) {
  const [x0, y0] = from;
  const [x1, y1] = to;
  const length = Math.hypot(x1 - x0, y1 - y0);
  if (!(length > 2)) return null;
  const ux = (x1 - x0) / length;
  const uy = (y1 - y0) / length;
  const size = Math.min(head, length * 0.6);
  const bx = x1 - ux * size;
  const by = y1 - uy * size;
  const wing = size * 0.5;
  return (
    <g className={`arrow ${className}`} aria-hidden="true">
      <line x1={x0} y1={y0} x2={bx} y2={by} />
      <path
        d={`M${x1},${y1}L${bx - uy * wing},${by + ux * wing}L${bx + uy * wing},${by - ux * wing}z`}
      />
    </g>
  );
}
