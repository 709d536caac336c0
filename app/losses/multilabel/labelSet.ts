import type { NestedNumbers } from '../../../src/index.ts';
import { classRows, resizeClasses } from '../../panel/classRows.ts';

/** MultiLabelMarginLoss's reading of a target row: the entries before the first −1. */
export function listedClasses(row: readonly number[]): number[] {
  const stop = row.indexOf(-1);
  return stop < 0 ? [...row] : row.slice(0, stop);
}

/** The entries after the first −1: valid or not, PyTorch ignores them (but range-checks them). */
export function ignoredTail(row: readonly number[]): number[] {
  const stop = row.indexOf(-1);
  return stop < 0 ? [] : row.slice(stop + 1);
}

/** A row of `length` entries: the listed classes, then −1, then what fits of `tail`, then −1s. */
function buildRow(listed: readonly number[], tail: readonly number[], length: number): number[] {
  if (listed.length >= length) return listed.slice(0, length);
  const row = [...listed, -1, ...tail].slice(0, length);
  while (row.length < length) row.push(-1);
  return row;
}

/**
 * Adds class c to a MultiLabelMarginLoss target row (at the end of the listed part) or removes
 * every mention of it, keeping the order of the others and what follows the first −1.
 */
export function toggleListed(row: readonly number[], c: number): number[] {
  const listed = listedClasses(row);
  const tail = ignoredTail(row);
  if (listed.includes(c))
    return buildRow(
      listed.filter((k) => k !== c),
      tail,
      row.length,
    );
  // A full row lists some class twice; drop the repeats to make room.
  const base = listed.length < row.length ? listed : [...new Set(listed)];
  return buildRow([...base, c], tail, row.length);
}

/** The classes of a multi-hot row: where the entry is exactly 1. */
export function hotClasses(row: readonly number[]): number[] {
  return row.flatMap((v, c) => (v === 1 ? [c] : []));
}

/** A multi-hot row with class c switched: 1 becomes 0, anything else (0 or soft) becomes 1. */
export function toggleHot(row: readonly number[], c: number): number[] {
  return row.map((v, k) => (k === c ? (v === 1 ? 0 : 1) : v));
}

/** The label set as a multi-hot vector over C classes. */
export function multiHot(classes: readonly number[], count: number): number[] {
  return Array.from({ length: count }, (_, c) => (classes.includes(c) ? 1 : 0));
}

/** The label set as MultiLabelMarginLoss's index list: each class once, then −1 padding. */
export function indexList(classes: readonly number[], count: number): number[] {
  return buildRow([...new Set(classes)], [], count);
}

/**
 * Adds or removes a class of a MultiLabelMarginLoss example: the input gains a column of zeros
 * (or loses its last), each target row grows with −1, or drops the removed class (PyTorch
 * range-checks every entry, the ignored ones included).
 */
export function resizeLabelLists(
  tensors: Readonly<Record<string, NestedNumbers>>,
  from: number,
  to: number,
): Record<string, NestedNumbers> {
  const out = resizeClasses(tensors, ['input'], from, to, () => 0);
  const rows = classRows(tensors['target']);
  if (!rows) return out;
  const fit = (row: readonly number[]) =>
    buildRow(
      listedClasses(row).filter((c) => c < to),
      ignoredTail(row).filter((c) => c < to),
      to,
    );
  const resized = rows.rows.map((row) =>
    to > row.length ? [...row, ...Array<number>(to - row.length).fill(-1)] : fit(row),
  );
  out['target'] = rows.batched ? resized : (resized[0] ?? []);
  return out;
}

/** A row as the interface writes it, with true minus signs: [3, 0, −1, −1]. */
export function listText(row: readonly number[]): string {
  return `[${row.join(', ')}]`.replace(/-/g, '−');
}
