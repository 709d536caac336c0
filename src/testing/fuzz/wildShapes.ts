import fc from 'fast-check';

/** A shape of rank in [minRank, maxRank] with every size in [1, maxDim]. */
export function shapeArb(minRank: number, maxRank: number, maxDim = 3): fc.Arbitrary<number[]> {
  return fc.array(fc.integer({ min: 1, max: maxDim }), { minLength: minRank, maxLength: maxRank });
}

/**
 * Two shapes that broadcast against each other: both cut from one full shape by dropping leading
 * dimensions and shrinking some sizes to 1, so either side may be the one that stretches. One
 * call in twelve is the empty pair ([0], [0]), whose 'mean' is 0/0.
 */
export const broadcastShapes: fc.Arbitrary<[number[], number[]]> = fc.oneof(
  { weight: 11, arbitrary: shapeArb(0, 3).chain((full) => fc.tuple(cut(full), cut(full))) },
  { weight: 1, arbitrary: fc.constant<[number[], number[]]>([[0], [0]]) },
);

function cut(full: readonly number[]): fc.Arbitrary<number[]> {
  return fc
    .record({
      drop: fc.integer({ min: 0, max: full.length }),
      ones: fc.array(fc.boolean(), { minLength: full.length, maxLength: full.length }),
    })
    .map(({ drop, ones }) => full.map((d, i) => (ones[i] ? 1 : d)).slice(drop));
}

/** A shape that broadcasts onto `shape` without enlarging it (an in-place operand's shape). */
export function suffixShape(shape: readonly number[]): fc.Arbitrary<number[]> {
  return cut(shape);
}
