import { decodeJsonTensor, encodeTensor } from './tensorText.ts';

/**
 * The version of the link format written today (`v=2` in every link). A link without `v` is
 * version 1, the format before links carried a version.
 *
 * When the format changes: bump this, and add to {@link MIGRATIONS} the step from the previous
 * version that rewrites an old link's pairs into the new spelling, with a test in
 * `migrations.test.ts` that real links of the old version still open as they did. The reader
 * in `hashState.ts` then only ever knows the current spelling.
 */
export const LINK_VERSION = 2;

/** One `key=value` of a link's query, percent-decoded (null when the value could not be). */
export interface QueryPair {
  readonly key: string;
  readonly value: string | null;
  /** The text as it stood in the link, for notices. */
  readonly raw: string;
}

type Migration = (pairs: readonly QueryPair[]) => QueryPair[];

/**
 * Version 1 → 2: tensors that were not a plain vector or matrix (a one-element vector, a
 * column, 3-d) were JSON, `[[1],[2]]`, whose brackets a fragment may not hold unescaped (chat
 * apps cut the link there). Version 2 spells them `2x1:1,2`.
 */
const jsonTensorsToShaped: Migration = (pairs) =>
  pairs.map((p) => {
    const tensor = p.value === null ? null : decodeJsonTensor(p.value);
    const text = tensor === null ? null : encodeTensor(tensor);
    return text === null ? p : { ...p, value: text };
  });

/** MIGRATIONS[n] rewrites a version-n link into version n + 1. */
const MIGRATIONS: Readonly<Record<number, Migration>> = {
  1: jsonTensorsToShaped,
};

/** Brings the pairs of a link written at `version` up to {@link LINK_VERSION}. */
export function migrateQuery(pairs: readonly QueryPair[], version: number): QueryPair[] {
  let out = [...pairs];
  for (let v = version; v < LINK_VERSION; v++) {
    const step = MIGRATIONS[v];
    if (step) out = step(out);
  }
  return out;
}
