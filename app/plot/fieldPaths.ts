/** The cells of one shading level, drawn as a single SVG path. */
export interface FieldLevel {
  /** 1 (lightest) to the number of levels (darkest). */
  readonly level: number;
  readonly d: string;
}

export interface FieldGrid {
  /** Row-major values, `rows × cols`. */
  readonly values: ArrayLike<number>;
  readonly cols: number;
  readonly rows: number;
  /** Pixel positions of the `cols + 1` column edges and the `rows + 1` row edges. */
  readonly xEdges: ArrayLike<number>;
  readonly yEdges: ArrayLike<number>;
}

/** The shading level of a value: 0 (unshaded) for zero, negative or NaN; 1…levels otherwise. */
export function levelOf(v: number, max: number, levels: number): number {
  if (!(v > 0)) return 0;
  if (!(max > 0) || !Number.isFinite(v)) return levels;
  return Math.min(levels, Math.max(1, Math.ceil((v / max) * levels)));
}

const px = (v: number) => Math.round(v * 100) / 100;

/**
 * A grid of values as one path per shading level, each row's runs of equal level merged into
 * one rectangle: a 60 × 60 field becomes a dozen elements instead of 3600, cheap to re-render
 * while a point is dragged over it. Returns the paths and how many cells are shaded.
 */
export function fieldPaths(
  grid: FieldGrid,
  max: number,
  levels: number,
): { readonly paths: readonly FieldLevel[]; readonly shaded: number } {
  const parts: string[][] = Array.from({ length: levels + 1 }, () => []);
  let shaded = 0;
  for (let r = 0; r < grid.rows; r++) {
    const ya = grid.yEdges[r] ?? 0;
    const yb = grid.yEdges[r + 1] ?? 0;
    const top = Math.min(ya, yb);
    const height = Math.abs(yb - ya);
    let c = 0;
    while (c < grid.cols) {
      const level = levelOf(grid.values[r * grid.cols + c] ?? Number.NaN, max, levels);
      let end = c + 1;
      while (
        end < grid.cols &&
        levelOf(grid.values[r * grid.cols + end] ?? Number.NaN, max, levels) === level
      )
        end++;
      if (level > 0) {
        shaded += end - c;
        const xa = grid.xEdges[c] ?? 0;
        const xb = grid.xEdges[end] ?? 0;
        const left = Math.min(xa, xb);
        const width = Math.abs(xb - xa);
        parts[level]?.push(`M${px(left)},${px(top)}h${px(width)}v${px(height)}h${px(-width)}z`);
      }
      c = end;
    }
  }
  const paths = parts
    .map((p, level) => ({ level, d: p.join('') }))
    .filter((p) => p.level > 0 && p.d !== '');
  return { paths, shaded };
}
