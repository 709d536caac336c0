import type { NestedNumbers } from '../../src/index.ts';

/** A (C) or (N, C) tensor as rows of class values; null for any other rank. */
export interface ClassRows {
  readonly rows: readonly (readonly number[])[];
  /** False for an unbatched (C) tensor, whose one row has no batch index. */
  readonly batched: boolean;
}

export function classRows(v: NestedNumbers | undefined): ClassRows | null {
  if (v === undefined || typeof v === 'number') return null;
  if (v.every((x) => typeof x === 'number')) return { rows: [v as number[]], batched: false };
  if (v.every((r) => Array.isArray(r) && r.every((x) => typeof x === 'number')))
    return { rows: v as number[][], batched: true };
  return null;
}

/** The index path of entry `c` of row `n`: `[n, c]`, or `[c]` unbatched. */
export function cellPath(batched: boolean, n: number, c: number): number[] {
  return batched ? [n, c] : [c];
}

/** The class-index target of sample n, from a (N) or 0-d target; null for anything else. */
export function classTargetAt(target: NestedNumbers | undefined, n: number): number | null {
  if (typeof target === 'number') return n === 0 ? target : null;
  const t = target?.[n];
  return typeof t === 'number' ? t : null;
}

/** `target` with sample n's class index replaced (a 0-d target is the one sample). */
export function withClassTarget(target: NestedNumbers, n: number, value: number): NestedNumbers {
  if (typeof target === 'number') return value;
  return target.map((t, i) => (i === n ? value : t));
}

/**
 * Adds or removes classes (columns) of the named (N, C) or (C) tensors that have `from` of them,
 * filling new entries from `fill` (per argument), so input and a probability target stay aligned.
 * The arguments are named because a (N) class-index target may happen to have N = C entries.
 */
export function resizeClasses(
  tensors: Readonly<Record<string, NestedNumbers>>,
  args: readonly string[],
  from: number,
  to: number,
  fill: (arg: string) => number,
): Record<string, NestedNumbers> {
  const out: Record<string, NestedNumbers> = {};
  const resizeRow = (row: readonly number[], arg: string) =>
    to <= row.length
      ? row.slice(0, to)
      : [...row, ...Array.from({ length: to - row.length }, () => fill(arg))];
  for (const [arg, v] of Object.entries(tensors)) {
    const rows = classRows(v);
    const width = rows?.rows[0]?.length;
    if (
      !args.includes(arg) ||
      !rows ||
      width !== from ||
      rows.rows.some((r) => r.length !== from)
    ) {
      out[arg] = v;
      continue;
    }
    out[arg] = rows.batched
      ? rows.rows.map((r) => resizeRow(r, arg))
      : resizeRow(rows.rows[0] ?? [], arg);
  }
  return out;
}

/** `v` with row n replaced (the whole tensor when unbatched). */
export function withRow(
  v: NestedNumbers,
  batched: boolean,
  n: number,
  row: readonly number[],
): NestedNumbers {
  if (!batched || typeof v === 'number') return [...row];
  return v.map((r, i) => (i === n ? [...row] : r));
}

/**
 * Values written into example tensors by dragging are kept to 4 decimals, so that cells, links
 * and the PyTorch code stay readable; the core then computes exactly with what is stored.
 */
export function roundInput(v: number): number {
  return Number.isFinite(v) ? Math.round(v * 1e4) / 1e4 : v;
}

/** Applies a row transform (e.g. log_softmax from the core) to every row of a (C) or (N, C) tensor. */
export function mapRows(v: NestedNumbers, f: (row: number[]) => number[]): NestedNumbers {
  if (typeof v === 'number') return v;
  if (v.every((x) => typeof x === 'number')) return f(v as number[]);
  return v.map((row) => mapRows(row, f));
}
