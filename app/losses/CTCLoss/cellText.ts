/** How a lattice cell prints its value: short enough for a 54-pixel cell. */
export type Scale = 'prob' | 'log';

function minus(text: string): string {
  return text.replace('-', '−');
}

/** A probability in at most 7 characters: 1, 0.85, 0.012, 3.1e−5; empty for exactly 0. */
export function probText(p: number): string {
  if (Number.isNaN(p)) return 'NaN';
  if (p === 0) return '';
  if (p >= 0.9995) return p > 1.0005 ? p.toPrecision(3) : '1';
  if (p >= 0.1) return p.toFixed(2);
  if (p >= 0.001) return String(Number(p.toPrecision(2)));
  return minus(p.toExponential(1));
}

/** A log-probability: −2.31, −∞. */
export function logText(lp: number): string {
  if (Number.isNaN(lp)) return 'NaN';
  if (lp === Number.NEGATIVE_INFINITY) return '−∞';
  if (Math.abs(lp) < 0.005) return '0';
  return minus(lp.toFixed(Math.abs(lp) >= 100 ? 0 : Math.abs(lp) >= 10 ? 1 : 2));
}

/** A cell's text from its log value, in the chosen scale. */
export function cellText(logValue: number, scale: Scale): string {
  return scale === 'log' ? logText(logValue) : probText(Math.exp(logValue));
}
