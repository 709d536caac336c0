/**
 * CTC's many-to-one map B from frame labels to an output sequence: merge runs of the same label,
 * then drop the blanks. Merging comes first, which is why "a − a" gives "a a" while "a a" gives
 * "a", and why a target with a repeated label needs a blank between the repeats.
 */
export function collapse(frameLabels: readonly number[], blank: number): number[] {
  const out: number[] = [];
  let previous: number | undefined;
  for (const label of frameLabels) {
    if (label !== previous && label !== blank) out.push(label);
    previous = label;
  }
  return out;
}
