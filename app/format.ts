/** A number as the interface shows it: 4 significant decimals, with ∞ and NaN spelled out. */
export function formatNumber(v: number, digits = 4): string {
  if (Number.isNaN(v)) return 'NaN';
  if (v === Number.POSITIVE_INFINITY) return '∞';
  if (v === Number.NEGATIVE_INFINITY) return '−∞';
  if (v === 0) return '0';
  const abs = Math.abs(v);
  if (abs >= 1e5 || abs < 1e-4) return v.toExponential(digits - 1).replace('-', '−');
  return Number(v.toFixed(digits)).toString().replace('-', '−');
}

/** The same for TeX: a minus sign TeX understands, and braces for exponents. */
export function texNumber(v: number, digits = 4): string {
  if (Number.isNaN(v)) return '\\text{NaN}';
  if (!Number.isFinite(v)) return v > 0 ? '\\infty' : '-\\infty';
  const text = formatNumber(v, digits).replace('−', '-');
  const [mantissa, exponent] = text.split('e');
  return exponent === undefined
    ? (mantissa ?? text)
    : `${mantissa}\\times 10^{${Number(exponent)}}`;
}

/** A number to put after an operator in TeX: negative values get parentheses, `x - (-1.5)`. */
export function texOperand(v: number, digits = 4): string {
  const tex = texNumber(v, digits);
  return v < 0 || Object.is(v, -0) ? `(${tex})` : tex;
}
