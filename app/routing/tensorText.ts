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

function parseNumber(text: string): number | null {
  if (!/^\s*[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?\s*$/i.test(text)) return null;
  const n = Number(text);
  return Number.isFinite(n) ? n : null;
}

function isNested(v: unknown, depth = 0): v is NestedNumbers {
  if (typeof v === 'number') return Number.isFinite(v);
  return depth < 8 && Array.isArray(v) && v.every((x) => isNested(x, depth + 1));
}

function count(v: NestedNumbers): number {
  return typeof v === 'number' ? 1 : v.reduce<number>((n, x) => n + count(x), 0);
}

/** Parses {@link encodeTensor}'s output; returns null for anything malformed or too large. */
export function decodeTensor(text: string): NestedNumbers | null {
  if (text.length > 20_000) return null;
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
  if (value === null || !isNested(value) || count(value) > MAX_LINK_ELEMENTS) return null;
  return value;
}
