import type { NestedNumbers } from '../../src/index.ts';

/** Largest tensor a link may carry: links are for teaching examples, not data sets. */
export const MAX_LINK_ELEMENTS = 1000;
/** Deepest tensor a link may carry (CTC's log_probs is the deepest input, at 3 dims). */
const MAX_DIMS = 8;

/** Shortest round-trip text, keeping the sign of −0 that String() drops. */
function numberText(v: number): string {
  return Object.is(v, -0) ? '-0' : String(v);
}

function isMatrix(v: NestedNumbers[]): v is number[][] {
  return (
    v.length > 0 &&
    v.every(
      (row) => Array.isArray(row) && row.length > 0 && row.every((x) => typeof x === 'number'),
    )
  );
}

/** The shape of a rectangular nested array, or null for a ragged one (which is no tensor). */
export function shapeOf(value: NestedNumbers): number[] | null {
  if (typeof value === 'number') return [];
  if (value.length === 0) return [0];
  const inner = value.map(shapeOf);
  const first = inner[0];
  if (!first || inner.some((s) => s === null || s.join('x') !== first.join('x'))) return null;
  return [value.length, ...first];
}

function flat(value: NestedNumbers): number[] {
  return typeof value === 'number' ? [value] : value.flatMap(flat);
}

/**
 * A compact, readable spelling of a small tensor for links (link version 2): `2.5` for 0-d,
 * `1,2,3` for a vector, `1,2;3,4` for a matrix (a lone row gets a trailing `;`), and
 * `shape:values` for everything else, e.g. `2x1:1,2` for a column or `5x1x4:…` for CTC's
 * log_probs. Only characters that survive being pasted into a chat (no brackets, which a
 * fragment may not hold unescaped). Null for a ragged array: no tensor has that shape.
 */
export function encodeTensor(value: NestedNumbers): string | null {
  if (typeof value === 'number') return numberText(value);
  if (value.length > 1 && value.every((x) => typeof x === 'number'))
    return value.map(numberText).join(',');
  if (isMatrix(value) && value.every((row) => row.length > 1)) {
    const first = value[0]?.length;
    if (value.every((row) => row.length === first)) {
      const rows = value.map((row) => row.map(numberText).join(',')).join(';');
      return value.length === 1 ? `${rows};` : rows;
    }
  }
  const shape = shapeOf(value);
  if (shape === null) return null;
  return `${shape.join('x')}:${flat(value).map(numberText).join(',')}`;
}

/** A finite number written plainly (`-1.5`, `2e-3`, `3.`), else null; `NaN`, `inf` and `0x1` are not. */
export function parseNumber(text: string): number | null {
  if (!/^\s*[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?\s*$/i.test(text)) return null;
  const n = Number(text);
  return Number.isFinite(n) ? n : null;
}

function parseList(text: string): number[] | null {
  const xs = text.split(',').map(parseNumber);
  return xs.some((x) => x === null) ? null : (xs as number[]);
}

/** Rebuilds a nested array of `shape` from its values in row-major order. */
function unflatten(values: readonly number[], shape: readonly number[]): NestedNumbers {
  const [n = 0, ...rest] = shape;
  if (rest.length === 0) return values.slice(0, n);
  const size = rest.reduce((a, b) => a * b, 1);
  return Array.from({ length: n }, (_, i) => unflatten(values.slice(i * size), rest));
}

function decodeShaped(text: string): NestedNumbers | null {
  const [shapeText = '', valuesText = ''] = text.split(':', 2);
  if (!/^\d+(x\d+)*$/.test(shapeText)) return null;
  const shape = shapeText.split('x').map(Number);
  if (shape.length > MAX_DIMS) return null;
  const size = shape.reduce((a, b) => a * b, 1);
  if (size > MAX_LINK_ELEMENTS) return null;
  const values = valuesText === '' ? [] : parseList(valuesText);
  if (values === null || values.length !== size) return null;
  return unflatten(values, shape);
}

/** The shape of a rectangular nested array of finite numbers, or null if it is anything else. */
export function shapeOfLiteral(v: unknown, depth = 0): number[] | null {
  if (typeof v === 'number') return Number.isFinite(v) ? [] : null;
  if (!Array.isArray(v) || depth >= MAX_DIMS) return null;
  if (v.length === 0) return [0];
  const first = shapeOfLiteral(v[0], depth + 1);
  if (first === null) return null;
  for (let i = 1; i < v.length; i++) {
    const other = shapeOfLiteral(v[i], depth + 1);
    if (other === null || other.length !== first.length || other.some((d, k) => d !== first[k]))
      return null;
  }
  return [v.length, ...first];
}

/**
 * Whether `v` is a tensor literal we accept from a link or from storage: finite numbers in a
 * rectangular nest (PyTorch refuses ragged lists) of at most `maxElements` values.
 */
export function isTensorLiteral(v: unknown, maxElements = MAX_LINK_ELEMENTS): v is NestedNumbers {
  const shape = shapeOfLiteral(v);
  return shape !== null && shape.reduce((n, d) => n * d, 1) <= maxElements;
}

/** Longest tensor text we read at all: about {@link MAX_LINK_ELEMENTS} values of 20 characters. */
export const MAX_TENSOR_TEXT = 20_000;

/**
 * Parses {@link encodeTensor}'s output; returns null for anything malformed or too large.
 * Version-1 links spelled some tensors as JSON arrays: `migrations.ts` rewrites those before
 * they get here, so this reader knows only today's spelling.
 */
export function decodeTensor(text: string): NestedNumbers | null {
  if (text.length > MAX_TENSOR_TEXT) return null;
  let value: NestedNumbers | null;
  if (text.includes(':')) value = decodeShaped(text);
  else if (text.includes(';')) {
    const rows = text
      .replace(/;$/, '')
      .split(';')
      .map((r) => parseList(r));
    const ragged = rows.some((r) => r === null || r.length !== rows[0]?.length);
    value = ragged ? null : (rows as number[][]);
  } else if (text.includes(',')) value = parseList(text);
  else value = parseNumber(text);
  return isTensorLiteral(value) ? value : null;
}

/** Reads a version-1 JSON tensor (`[[1],[2]]`), for the link migration only. */
export function decodeJsonTensor(text: string): NestedNumbers | null {
  if (!text.startsWith('[') || text.length > MAX_TENSOR_TEXT) return null;
  try {
    const value: unknown = JSON.parse(text);
    return isTensorLiteral(value) ? value : null;
  } catch {
    return null;
  }
}
