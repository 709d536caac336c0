import type { NestedNumbers } from '../../src/index.ts';
import {
  MAX_LINK_ELEMENTS,
  MAX_TENSOR_TEXT,
  parseNumber,
  shapeOfLiteral,
} from '../routing/tensorText.ts';

/** The shape a typed tensor must have: the current one, with the first dimension free or not. */
export interface ExpectedShape {
  readonly shape: readonly number[];
  /** Allowed sizes of the first (batch) dimension when the panel lets the batch grow and shrink. */
  readonly batch?: { readonly min: number; readonly max: number };
}

/** Why typed text was refused, with what the message needs to say so. */
export type TensorInputError =
  | { readonly kind: 'tooLong'; readonly chars: number }
  | { readonly kind: 'tooMany'; readonly count: number }
  | { readonly kind: 'empty' }
  | { readonly kind: 'notNumber'; readonly token: string }
  | { readonly kind: 'brackets' }
  | { readonly kind: 'ragged' }
  | { readonly kind: 'shape'; readonly got: readonly number[] };

export type TensorInputResult =
  | { readonly ok: true; readonly value: NestedNumbers }
  | { readonly ok: false; readonly error: TensorInputError };

/** Brackets deeper than this are refused before they are read: no loss takes more dimensions. */
const MAX_DEPTH = 8;

const fail = (error: TensorInputError): TensorInputResult => ({ ok: false, error });

/** `torch.tensor([...], dtype=torch.long)` → `[...]`: students paste what they wrote in Python. */
function unwrap(text: string): string {
  const open = /^\s*(?:torch\.)?tensor\(/.exec(text);
  const close = text.lastIndexOf(')');
  if (!open || close < open[0].length || text.slice(close + 1).trim() !== '') return text;
  const inner = text.slice(open[0].length, close).trim();
  // The data ends at its last bracket (or the first comma of a scalar); keyword arguments such
  // as `dtype=torch.long` may follow. Each piece starts with a comma, so this cannot backtrack.
  const end = inner.startsWith('[') ? inner.lastIndexOf(']') + 1 : inner.search(/,|$/);
  const rest = inner.slice(end);
  return /^(\s*,\s*[a-z_]+\s*=\s*[\w.]+)*\s*,?\s*$/.test(rest) ? inner.slice(0, end) : text;
}

type Parsed = { value: unknown } | { error: TensorInputError };

/** Reads `[[1, 2], [3, 4]]`, commas or spaces between entries, any depth up to {@link MAX_DEPTH}. */
function readBrackets(text: string): Parsed {
  const tokens = text.match(/\[|\]|[^\s,[\]]+/g) ?? [];
  const stack: unknown[][] = [];
  let root: unknown = undefined;
  for (const token of tokens) {
    if (token === '[') {
      if (stack.length >= MAX_DEPTH || root !== undefined) return { error: { kind: 'brackets' } };
      stack.push([]);
    } else if (token === ']') {
      const done = stack.pop();
      if (done === undefined) return { error: { kind: 'brackets' } };
      const parent = stack.at(-1);
      if (parent) parent.push(done);
      else root = done;
    } else {
      const n = parseNumber(token);
      if (n === null) return { error: { kind: 'notNumber', token: token.slice(0, 20) } };
      const parent = stack.at(-1);
      if (!parent) return { error: { kind: 'brackets' } };
      parent.push(n);
    }
  }
  if (stack.length > 0 || root === undefined) return { error: { kind: 'brackets' } };
  return { value: root };
}

/**
 * Reads bracket-free text as a grid: rows split by `;` or new lines, entries by commas, spaces
 * or tabs (a block copied from a spreadsheet), then gives it the rank the editor expects.
 */
function readGrid(text: string, rank: number): Parsed {
  const rows: number[][] = [];
  for (const line of text.split(/[;\n]/)) {
    const cells = line.split(/[\s,]+/).filter((c) => c !== '');
    if (cells.length === 0) continue;
    const row: number[] = [];
    for (const cell of cells) {
      const n = parseNumber(cell);
      if (n === null) return { error: { kind: 'notNumber', token: cell.slice(0, 20) } };
      row.push(n);
    }
    rows.push(row);
  }
  const first = rows[0];
  if (!first) return { error: { kind: 'empty' } };
  if (rows.some((r) => r.length !== first.length)) return { error: { kind: 'ragged' } };
  const got = [rows.length, first.length];
  if (rank === 0) return rows.length === 1 && first.length === 1 ? { value: first[0] } : shape(got);
  if (rank === 1) {
    if (rows.length === 1) return { value: first };
    // One value per line: a column pasted from a spreadsheet is still a vector.
    return first.length === 1 ? { value: rows.map((r) => r[0]) } : shape(got);
  }
  return { value: rows };
}

const shape = (got: readonly number[]): Parsed => ({ error: { kind: 'shape', got } });

function fits(got: readonly number[], expected: ExpectedShape): boolean {
  const want = expected.shape;
  if (got.length !== want.length) return false;
  return got.every((d, i) => {
    if (i === 0 && expected.batch) return d >= expected.batch.min && d <= expected.batch.max;
    return d === want[i];
  });
}

/**
 * Reads a whole tensor typed or pasted as text: `[[1, 2], [3, 4]]`, `1, 2; 3, 4`, rows of
 * space-separated values, or a `torch.tensor(...)` call. Refuses, with the reason, anything that
 * is not finite numbers in the expected shape. Long text is refused before it is read, so a
 * paste of 100 000 values costs nothing.
 */
export function parseTensorInput(text: string, expected: ExpectedShape): TensorInputResult {
  if (text.length > MAX_TENSOR_TEXT) return fail({ kind: 'tooLong', chars: text.length });
  const body = unwrap(text).trim();
  if (body === '') return fail({ kind: 'empty' });
  const parsed = body.startsWith('[')
    ? readBrackets(body)
    : readGrid(body, Math.min(expected.shape.length, 2));
  if ('error' in parsed) return fail(parsed.error);
  const got = shapeOfLiteral(parsed.value);
  if (got === null) return fail({ kind: 'ragged' });
  const count = got.reduce((n, d) => n * d, 1);
  if (count > MAX_LINK_ELEMENTS) return fail({ kind: 'tooMany', count });
  if (!fits(got, expected)) return fail({ kind: 'shape', got });
  return { ok: true, value: parsed.value as NestedNumbers };
}

/** A tensor as a Python list literal, one row per line for a matrix: what the text field shows. */
export function formatTensorInput(value: NestedNumbers): string {
  const item = (v: NestedNumbers, indent: string): string => {
    if (typeof v === 'number') return Object.is(v, -0) ? '-0' : String(v);
    const inner = indent + ' ';
    const nested = v.some((x) => Array.isArray(x));
    return `[${v.map((x) => item(x, inner)).join(nested ? `,\n${inner}` : ', ')}]`;
  };
  return item(value, '');
}

/** `(4, 3)`, or `(N, 3)` when the first dimension is free (its range is said in words). */
export function shapeText(expected: ExpectedShape): string {
  const dims = expected.shape.map((d, i) => (i === 0 && expected.batch ? 'N' : String(d)));
  return `(${dims.join(', ')}${dims.length === 1 ? ',' : ''})`;
}

/** `(2, 3)`, `(4,)`, `()`: a shape in PyTorch's spelling. */
export function sizeText(shape: readonly number[]): string {
  return `(${shape.join(', ')}${shape.length === 1 ? ',' : ''})`;
}
