import type { NestedNumbers } from '../core/tensor.ts';

/** One case written by scripts/golden/generate.py from real PyTorch. */
export interface GoldenCase {
  readonly loss: string;
  readonly name: string;
  readonly inputs: Record<string, unknown>;
  readonly options: Record<string, unknown>;
  readonly output?: unknown;
  readonly grads?: Record<string, unknown>;
  /** Present when PyTorch refused the input; the core must refuse it too. */
  readonly error?: string;
}

interface GoldenFile {
  readonly cases: readonly GoldenCase[];
}

const files = import.meta.glob<GoldenFile>('../fixtures/golden/*.json', {
  eager: true,
  import: 'default',
});

/** JSON has no inf/nan: the generator spells them as strings. */
export function decode(value: unknown): NestedNumbers {
  if (Array.isArray(value)) return value.map(decode);
  if (value === 'NaN') return Number.NaN;
  if (value === 'Infinity') return Number.POSITIVE_INFINITY;
  if (value === '-Infinity') return Number.NEGATIVE_INFINITY;
  if (typeof value !== 'number')
    throw new Error(`fixture holds a non-number: ${JSON.stringify(value)}`);
  return value;
}

export function decodeInputs(inputs: Record<string, unknown>): Record<string, NestedNumbers> {
  return Object.fromEntries(Object.entries(inputs).map(([k, v]) => [k, decode(v)]));
}

/**
 * Options are written like inputs, so an infinite `beta` or `p` arrives as the string
 * "Infinity"; every other string (a reduction, a distance name) is kept as it is.
 */
export function decodeOptions(options: Record<string, unknown>): Record<string, unknown> {
  const nonFinite = new Set(['NaN', 'Infinity', '-Infinity']);
  return Object.fromEntries(
    Object.entries(options).map(([k, v]) => [
      k,
      Array.isArray(v) || (typeof v === 'string' && nonFinite.has(v)) ? decode(v) : v,
    ]),
  );
}

/** Every golden case, with the fixture file it came from. */
export function goldenCases(): { file: string; testCase: GoldenCase }[] {
  return Object.entries(files).flatMap(([file, content]) =>
    content.cases.map((testCase) => ({ file: file.replace(/^.*\//, ''), testCase })),
  );
}

/**
 * Element-wise closeness with explicit tolerances, treating equal infinities and NaN-vs-NaN as
 * equal. Returns a description of the first mismatch, or null.
 */
export function mismatch(
  actual: NestedNumbers | undefined,
  expected: NestedNumbers,
  rtol: number,
  atol: number,
  path = '',
): string | null {
  if (typeof expected === 'number') {
    if (typeof actual !== 'number')
      return `${path}: expected a number, got ${JSON.stringify(actual)}`;
    if (Number.isNaN(expected) && Number.isNaN(actual)) return null;
    if (actual === expected) return null;
    if (Math.abs(actual - expected) <= atol + rtol * Math.abs(expected)) return null;
    return `${path}: ${actual} != ${expected}`;
  }
  if (!Array.isArray(actual) || actual.length !== expected.length) {
    return `${path}: expected an array of length ${expected.length}, got ${JSON.stringify(actual)?.slice(0, 80)}`;
  }
  for (let i = 0; i < expected.length; i++) {
    const m = mismatch(actual[i], expected[i] ?? Number.NaN, rtol, atol, `${path}[${i}]`);
    if (m) return m;
  }
  return null;
}
