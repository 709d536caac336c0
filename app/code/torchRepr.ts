import type { NestedNumbers } from '../../src/index.ts';

/**
 * Formats a float tensor exactly as PyTorch prints it after
 * `torch.set_printoptions(precision=4, sci_mode=False)`, with float64 the default dtype
 * (a port of torch/_tensor_str.py's _Formatter: one width for all elements, computed from the
 * non-zero finite values; "int mode" when they are all whole numbers; 80-column lines).
 */
const PRECISION = 4;
const LINE_WIDTH = 80;
const PREFIX = 'tensor(';

function flat(v: NestedNumbers): number[] {
  return typeof v === 'number' ? [v] : v.flatMap(flat);
}

function rank(v: NestedNumbers): number {
  return typeof v === 'number' ? 0 : 1 + rank(v[0] ?? 0);
}

/** Python's `'{:.Nf}'`: round half to even on the exact binary value (JS rounds ties up). */
export function pyFixed(v: number, digits: number): string {
  // From 1e21 on, toFixed answers with an exponent; Python writes every digit of the value,
  // which is a whole number there, so BigInt spells it exactly.
  if (Number.isFinite(v) && Math.abs(v) >= 1e21) {
    return `${BigInt(v).toString()}${digits > 0 ? `.${'0'.repeat(digits)}` : ''}`;
  }
  let text = v.toFixed(digits);
  const exact = Math.abs(v).toFixed(Math.min(100, digits + 30));
  const tail = exact.slice(exact.indexOf('.') + 1 + digits);
  if (/^50*$/.test(tail)) {
    const down = (Math.trunc(Math.abs(v) * 10 ** digits) / 10 ** digits).toFixed(digits);
    const lastDigit = Number(down.at(-1));
    if (lastDigit % 2 === 0) text = (v < 0 ? '-' : '') + down;
  }
  return Object.is(v, -0) || (v < 0 && !text.startsWith('-')) ? `-${text}` : text;
}

/** Python's `'{:.Ne}'`: a two-digit exponent at least (`1.2346e+05`). */
function pyExponential(v: number, digits: number): string {
  const [mantissa = '', exponent = '0'] = v.toExponential(digits).split('e');
  const sign = exponent.startsWith('-') ? '-' : '+';
  return `${mantissa}e${sign}${exponent.replace(/^[-+]/, '').padStart(2, '0')}`;
}

function nonFinite(v: number): string {
  return Number.isNaN(v) ? 'nan' : v > 0 ? 'inf' : '-inf';
}

interface Formatter {
  readonly width: number;
  format(v: number): string;
}

function makeFormatter(values: readonly number[]): Formatter {
  const nonzero = values.filter((v) => Number.isFinite(v) && v !== 0);
  const abs = nonzero.map(Math.abs);
  const max = Math.max(...abs);
  const min = Math.min(...abs);
  const intMode = nonzero.every((v) => Number.isInteger(v));
  let width = 1;
  if (nonzero.length > 0) {
    // PyTorch sizes the columns for scientific notation when the values span a wide range,
    // even though sci_mode=False then prints them fixed-point.
    const wide = max / min > 1000 || max > 1e8 || (!intMode && min < 1e-4);
    for (const v of nonzero) {
      const text = wide
        ? pyExponential(v, PRECISION)
        : intMode
          ? `${pyFixed(v, 0)}.`
          : pyFixed(v, PRECISION);
      width = Math.max(width, text.length);
    }
  }
  const format = (v: number): string => {
    const text = !Number.isFinite(v)
      ? nonFinite(v)
      : intMode
        ? `${pyFixed(v, 0)}.`
        : pyFixed(v, PRECISION);
    return text.padStart(width);
  };
  return { width, format };
}

function formatNested(v: NestedNumbers, f: Formatter, indent: number): string {
  if (typeof v === 'number') return f.format(v);
  if (rank(v) === 1) {
    const items = (v as number[]).map((x) => f.format(x));
    const perLine = Math.max(1, Math.floor((LINE_WIDTH - indent) / (f.width + 2)));
    const lines: string[] = [];
    for (let i = 0; i < items.length; i += perLine)
      lines.push(items.slice(i, i + perLine).join(', '));
    return `[${lines.join(`,\n${' '.repeat(indent + 1)}`)}]`;
  }
  // PyTorch separates the slices of a d-dimensional tensor by d − 1 newlines.
  const separator = `,${'\n'.repeat(rank(v) - 1)}${' '.repeat(indent + 1)}`;
  return `[${v.map((child) => formatNested(child, f, indent + 1)).join(separator)}]`;
}

export function torchRepr(value: NestedNumbers): string {
  return `${PREFIX}${formatNested(value, makeFormatter(flat(value)), PREFIX.length)})`;
}
