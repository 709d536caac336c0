import { pyFixed } from '../../code/torchRepr.ts';

/**
 * A float as Python's repr() prints it (what `tensor.item()` shows): the shortest digits that
 * round-trip, as in JS, but with Python's layout: `100.0`, `5e-05`, `1e+16`, `inf`, `nan`.
 */
export function pyFloat(v: number): string {
  if (Number.isNaN(v)) return 'nan';
  if (!Number.isFinite(v)) return v > 0 ? 'inf' : '-inf';
  if (v === 0) return Object.is(v, -0) ? '-0.0' : '0.0';
  const [mantissa = '', exp = '0'] = v.toExponential().split('e');
  const e = Number(exp);
  if (e >= -4 && e < 16) {
    const text = String(v);
    return text.includes('.') ? text : `${text}.0`;
  }
  const digits = Math.abs(e) < 10 ? `0${Math.abs(e)}` : String(Math.abs(e));
  return `${mantissa}e${e < 0 ? '-' : '+'}${digits}`;
}

/**
 * A float as Python's `f'{v:.N}'` prints it: N significant digits, trailing zeros dropped but
 * `.0` kept on a whole number as repr does, in exponent form below 1e-4 and from 10^(N−1) on
 * (`100.0`, `30.0010205554`, `4.29602713117e-61`, `1e+16`). Exact ties round half to even as
 * in Python, except where the digits come out in exponent form (toExponential rounds them up).
 */
export function pySignificant(v: number, digits: number): string {
  if (!Number.isFinite(v) || v === 0) return pyFloat(v);
  const [mantissa = '', exp = '0'] = v.toExponential(digits - 1).split('e');
  const e = Number(exp);
  if (e < -4 || e >= digits - 1) {
    const m = mantissa.includes('.') ? mantissa.replace(/\.?0+$/, '') : mantissa;
    return `${m}e${e < 0 ? '-' : '+'}${String(Math.abs(e)).padStart(2, '0')}`;
  }
  const fixed = pyFixed(v, digits - 1 - e).replace(/(\.\d*?)0+$/, '$1');
  return fixed.endsWith('.') ? `${fixed}0` : fixed;
}
