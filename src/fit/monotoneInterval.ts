/** A non-decreasing function of several independent problems, evaluated in one batch. */
export type BatchedFunction = (problems: Int32Array, xs: Float64Array) => Float64Array;

/** Where a non-decreasing g crosses zero: [sup{g < 0}, inf{g > 0}], which may be one point. */
export interface ZeroInterval {
  readonly lower: number;
  readonly upper: number;
}

export interface ZeroIntervalOptions {
  /** Points sampled inside each bracket per round: every round shrinks it (points + 1)-fold. */
  readonly points?: number;
  /** Final bracket width, relative to max(1, |lo|, |hi|) of the starting bracket. */
  readonly tolerance?: number;
}

interface Search {
  /** g(l0) < 0 ≤ g(l1): brackets the lower end. */
  l0: number;
  l1: number;
  /** g(r0) ≤ 0 < g(r1): brackets the upper end. */
  r0: number;
  r1: number;
  readonly tol: number;
}

const MAX_ROUNDS = 200;

function widen(g: BatchedFunction, brackets: readonly (readonly [number, number])[]) {
  const lo = brackets.map((b) => b[0]);
  const hi = brackets.map((b) => b[1]);
  const problems = Int32Array.from(brackets.flatMap((_, p) => [p, p]));
  // The callers' brackets hold mathematically; widening only guards against rounding.
  for (let round = 0; round < 64; round++) {
    const xs = Float64Array.from(brackets.flatMap((_, p) => [lo[p] ?? 0, hi[p] ?? 0]));
    const g0 = g(problems, xs);
    let ok = true;
    for (let p = 0; p < brackets.length; p++) {
      const width = Math.max(1, (hi[p] ?? 0) - (lo[p] ?? 0));
      if (!((g0[2 * p] ?? 0) < 0)) {
        lo[p] = (lo[p] ?? 0) - width;
        ok = false;
      }
      if (!((g0[2 * p + 1] ?? 0) > 0)) {
        hi[p] = (hi[p] ?? 0) + width;
        ok = false;
      }
    }
    if (ok) return { lo, hi };
  }
  throw new Error('internal: no sign change found for a monotone search');
}

function sample(from: number, to: number, points: number, out: number[]): void {
  for (let k = 1; k <= points; k++) out.push(from + ((to - from) * k) / (points + 1));
}

/**
 * For each problem p, a non-decreasing g_p with a sign change in `brackets[p]`, finds the
 * interval where g_p crosses zero to within the tolerance: [sup{g_p < 0}, inf{g_p > 0}]. For
 * the derivative of a convex function that is exactly its set of minimisers, a single point
 * unless the function is flat at the bottom.
 *
 * Bisection generalised to `points`-section, with every problem's samples in one call of `g`,
 * so that the core is called a few dozen times rather than thousands. Each round shrinks every
 * unfinished bracket (points + 1)-fold, so the search ends after at most
 * log(width / tolerance) / log(points + 1) rounds: it converges for any monotone g.
 */
export function zeroIntervals(
  g: BatchedFunction,
  brackets: readonly (readonly [number, number])[],
  { points = 8, tolerance = 1e-13 }: ZeroIntervalOptions = {},
): ZeroInterval[] {
  if (brackets.length === 0) return [];
  const { lo, hi } = widen(g, brackets);
  const searches: Search[] = lo.map((l, p) => {
    const h = hi[p] ?? l;
    return { l0: l, l1: h, r0: l, r1: h, tol: tolerance * Math.max(1, Math.abs(l), Math.abs(h)) };
  });
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const owners: number[] = [];
    const xs: number[] = [];
    const starts: number[] = [];
    searches.forEach((s, p) => {
      starts.push(xs.length);
      const lWide = s.l1 - s.l0 > s.tol;
      const rWide = s.r1 - s.r0 > s.tol;
      const same = s.l0 === s.r0 && s.l1 === s.r1;
      if (lWide) sample(s.l0, s.l1, points, xs);
      if (rWide && !same) sample(s.r0, s.r1, points, xs);
      while (owners.length < xs.length) owners.push(p);
    });
    if (xs.length === 0) break;
    const values = g(Int32Array.from(owners), Float64Array.from(xs));
    searches.forEach((s, p) => {
      const from = starts[p] ?? 0;
      const to = starts[p + 1] ?? xs.length;
      const mine = Array.from({ length: to - from }, (_, k) => ({
        x: xs[from + k] ?? 0,
        v: values[from + k] ?? 0,
      })).sort((a, b) => a.x - b.x);
      // Lower end: the largest sample known negative, and the next sample above it.
      let l0 = s.l0;
      for (const m of mine) if (m.x > s.l0 && m.x < s.l1 && m.v < 0) l0 = m.x;
      const above = mine.find((m) => m.x > l0 && m.x < s.l1);
      s.l1 = above ? above.x : s.l1;
      s.l0 = l0;
      // Upper end: the smallest sample known positive, and the sample just below it.
      let r1 = s.r1;
      for (const m of mine) if (m.x > s.r0 && m.x < r1 && m.v > 0) r1 = m.x;
      const below = mine.filter((m) => m.x > s.r0 && m.x < r1).at(-1);
      s.r0 = below ? below.x : s.r0;
      s.r1 = r1;
    });
  }
  return searches.map((s) => {
    const lower = (s.l0 + s.l1) / 2;
    const upper = (s.r0 + s.r1) / 2;
    // Rounding can make g step back by an ulp near its zero; the ends then meet.
    return lower <= upper
      ? { lower, upper }
      : { lower: (lower + upper) / 2, upper: (lower + upper) / 2 };
  });
}
