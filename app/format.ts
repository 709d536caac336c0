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

/**
 * A finite number in plain decimal notation, `1e-8` → `0.00000001`: ARIA's aria-valuenow takes
 * no exponent. Shortest round-trip digits, shifted by the exponent.
 */
export function plainDecimal(v: number): string {
  const text = String(v);
  const match = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (!match) return text;
  const [, sign = '', lead = '', rest = '', exp = '0'] = match;
  const digits = lead + rest;
  const point = 1 + Number(exp);
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  return `${sign}${digits.padEnd(point, '0')}${point < digits.length ? `.${digits.slice(point)}` : ''}`;
}

/**
 * {@link plainDecimal} typed as React's `aria-valuenow` wants it: React types the attribute as a
 * number and prints it with String(), which writes `1e-8`, not a valid ARIA number.
 */
export function ariaNumber(v: number): number {
  return plainDecimal(v) as unknown as number;
}
