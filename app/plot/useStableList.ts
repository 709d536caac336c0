import { useState } from 'react';

/**
 * The previous list while its items are equal to the new one's (by `same`), else the new list:
 * callers build their `series` and `markers` afresh on every render, and this keeps what is
 * memoised on them (paths of thousands of points) from being rebuilt when nothing changed.
 */
export function useStableList<T>(list: readonly T[], same: (a: T, b: T) => boolean): readonly T[] {
  const [kept, setKept] = useState(list);
  const equal =
    kept === list ||
    (kept.length === list.length && kept.every((item, i) => same(item, list[i] as T)));
  // Storing information from the previous render: React's documented pattern, as in useLastGood.
  if (!equal) setKept(list);
  return equal ? kept : list;
}
