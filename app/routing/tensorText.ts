import type { NestedNumbers } from '../../src/index.ts';

/** Largest tensor a link may carry: links are for teaching examples, not data sets. */
export const MAX_LINK_ELEMENTS = 1000;

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

/**
 * A compact, readable spelling of a small tensor for links: `1,2,3` for a vector, `1,2;3,4` for
 * a matrix (a lone row gets a trailing `;`), a plain number for 0-d, JSON for anything else.
 */
export function encodeTensor(value: NestedNumbers): string {
  if (typeof value === 'number') return numberText(value);
  if (value.length > 1 && value.every((x) => typeof x === 'number'))
    return value.map(numberText).join(',');
  if (isMatrix(value) && value.every((row) => row.length > 1)) {
    const rows = value.map((row) => row.map(numberText).join(',')).join(';');
    return value.length === 1 ? `${rows};` : rows;
  }
  return JSON.stringify(value);
}

/** A finite number written plainly (`-1.5`, `2e-3`, `3.`), else null; `NaN`, `inf` and `0x1` are not. */
export function parseNumber(text: string): number | null {
  if (!/^\s*[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?\s*$/i.test(text)) return null;
  const n = Number(text);
  return Number.isFinite(n) ? n : null;
}

/** Deepest nesting a saved or linked tensor may have: no loss takes more than 4 dimensions. */
const MAX_RANK = 8;

/** The shape of a rectangular nested array of finite numbers, or null if it is anything else. */
export function shapeOfLiteral(v: unknown, depth = 0): number[] | null {
  if (typeof v === 'number') return Number.isFinite(v) ? [] : null;
  if (!Array.isArray(v) || depth >= MAX_RANK) return null;
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

/** Parses {@link encodeTensor}'s output; returns null for anything malformed or too large. */
export function decodeTensor(text: string): NestedNumbers | null {
  if (text.length > MAX_TENSOR_TEXT) return null;
  let value: unknown;
  if (text.startsWith('[')) {
    try {
      value = JSON.parse(text);
    } catch {
      return null;
    }
  } else if (text.includes(';')) {
    const rows = text
      .replace(/;$/, '')
      .split(';')
      .map((r) => r.split(',').map(parseNumber));
    value = rows.some((r) => r.some((x) => x === null)) ? null : rows;
  } else if (text.includes(',')) {
    const xs = text.split(',').map(parseNumber);
    value = xs.some((x) => x === null) ? null : xs;
  } else {
    value = parseNumber(text);
  }
  return isTensorLiteral(value) ? value : null;
}
