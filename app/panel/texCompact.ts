import { texNumber } from '../format.ts';

/**
 * A keyword value such as eps in TeX, as short as its shortest decimal: `10^{-8}` for 1e-8,
 * `2.5\times 10^{-7}`, and plain `0.1`. Values with long expansions fall back to texNumber.
 */
export function texCompact(v: number): string {
  const abs = Math.abs(v);
  if (v !== 0 && Number.isFinite(v) && (abs < 1e-3 || abs >= 1e6)) {
    const [mantissa = '', exponent = '0'] = v.toExponential().split('e');
    if (mantissa.length > 6) return texNumber(v);
    const power = `10^{${Number(exponent)}}`;
    if (mantissa === '1') return power;
    if (mantissa === '-1') return `-${power}`;
    return `${mantissa}\\times ${power}`;
  }
  const text = String(v);
  return text.length <= 8 ? text : texNumber(v);
}
