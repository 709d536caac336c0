export interface AngleArcProps {
  /** The vertex, in SVG user units. */
  readonly cx: number;
  readonly cy: number;
  /** Directions of the two rays in data space (radians, counter-clockwise from +x). */
  readonly from: number;
  readonly to: number;
  /** Radius in SVG user units. */
  readonly radius: number;
  /** Text placed just outside the middle of the arc, e.g. "θ = 21.8°". */
  readonly label?: string;
  readonly className?: string;
}

/** The smaller of the two angles between `a` and `b`, signed: positive = counter-clockwise. */
export function signedAngle(a: number, b: number): number {
  let d = (b - a) % (2 * Math.PI);
  if (d > Math.PI) d -= 2 * Math.PI;
  if (d <= -Math.PI) d += 2 * Math.PI;
  return d;
}

/**
 * The arc marking the angle between two rays from one vertex, in a plane whose y axis points
 * up on screen (so data counter-clockwise is screen counter-clockwise, SVG sweep-flag 0).
 */
export function AngleArc({ cx, cy, from, to, radius, label, className = '' }: AngleArcProps) {
  const delta = signedAngle(from, to);
  const at = (t: number, r: number) => [cx + r * Math.cos(t), cy - r * Math.sin(t)] as const;
  const [x0, y0] = at(from, radius);
  const [x1, y1] = at(from + delta, radius);
  const [lx, ly] = at(from + delta / 2, radius + 16);
  return (
    <g className={`angle-arc ${className}`} aria-hidden="true">
      {Math.abs(delta) > 1e-9 && (
        <path d={`M${x0},${y0}A${radius},${radius} 0 0 ${delta > 0 ? 0 : 1} ${x1},${y1}`} />
      )}
      {label && (
        <text x={lx} y={ly} textAnchor="middle" dominantBaseline="middle">
          {label}
        </text>
      )}
    </g>
  );
}
