/**
 * The outlier demonstration's data: seven ordinary points with a gentle trend (so that a line
 * fit has something to find) and one outlier that the user drags. Kept as plain data so the
 * end-to-end test can fit the very same points with the core.
 */
export const INLIERS: readonly { readonly t: number; readonly y: number }[] = [
  { t: 0, y: 1.1 },
  { t: 1, y: 1.5 },
  { t: 2, y: 1.2 },
  { t: 3, y: 1.9 },
  { t: 4, y: 2.2 },
  { t: 5, y: 2.0 },
  { t: 6, y: 2.6 },
];

/** Where the outlier may go; the plot shows a little more. */
export const OUTLIER_BOUNDS = { t: [0, 7], y: [-1, 9.5] } as const;
export const PLOT_DOMAIN = { t: [-0.5, 7.5], y: [-1.5, 10] } as const;

/** Arrow-key step on both axes; Shift takes five. */
export const OUTLIER_STEP = 0.1;

/** The data set with the outlier last, as the core's fits take it. */
export function demoData(outlier: { t: number; y: number }): { t: number[]; y: number[] } {
  const points = [...INLIERS, outlier];
  return { t: points.map((p) => p.t), y: points.map((p) => p.y) };
}
