/** Decimal places of a step such as 0.1 or 0.05, so keyboard and drag values stay round. */
function decimalsOf(step: number): number {
  const text = String(step);
  const e = text.indexOf('e-');
  if (e >= 0) return Number(text.slice(e + 2));
  const dot = text.indexOf('.');
  return dot < 0 ? 0 : text.length - dot - 1;
}

/** `value` rounded to a multiple of `step` and clamped into `domain`. */
export function snapToStep(value: number, step: number, domain: readonly [number, number]): number {
  const [lo, hi] = domain;
  const snapped = step > 0 ? Math.round(value / step) * step : value;
  const rounded = step > 0 ? Number(snapped.toFixed(decimalsOf(step))) : snapped;
  return Math.min(hi, Math.max(lo, rounded));
}

/**
 * The value a slider moves to for a key, following the WAI-ARIA slider pattern: arrows move one
 * step (Shift: ten), Page Up/Down ten steps, Home/End to the ends. Null for keys it ignores.
 */
export function nextBarValue(
  key: string,
  shiftKey: boolean,
  value: number,
  domain: readonly [number, number],
  step: number,
): number | null {
  const big = step * 10;
  const by = shiftKey ? big : step;
  switch (key) {
    case 'ArrowUp':
    case 'ArrowRight':
      return snapToStep(value + by, step, domain);
    case 'ArrowDown':
    case 'ArrowLeft':
      return snapToStep(value - by, step, domain);
    case 'PageUp':
      return snapToStep(value + big, step, domain);
    case 'PageDown':
      return snapToStep(value - big, step, domain);
    case 'Home':
      return domain[0];
    case 'End':
      return domain[1];
    default:
      return null;
  }
}
