import { extendLabels } from './extendedLabels.ts';

/**
 * The fewest frames T for which some alignment collapses to `targets`: one frame per label,
 * plus one blank frame between each pair of equal adjacent labels ("hello" needs 6). With fewer
 * frames CTCLoss is +inf whatever the probabilities.
 */
export function ctcMinFrames(targets: readonly number[], blank = 0): number {
  return extendLabels(targets, 0, targets.length, blank).minFrames;
}
