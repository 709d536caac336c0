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
