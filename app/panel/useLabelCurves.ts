import { useMemo } from 'react';
import { sampleElementwiseCurve, type CurveSamples } from '../../src/index.ts';
import type { KeywordValue } from '../losses/types.ts';
import { unlessRefused } from './unlessRefused.ts';

/** One label's curve and how it is drawn: colour class plus dash and marker shape. */
export interface LabelCurve {
  readonly y: number;
  readonly samples: CurveSamples;
  readonly className: string;
  readonly shape: 'circle' | 'square' | 'diamond';
}

/** Points per curve: smooth at any width, a fraction of a millisecond for the core. */
const POINTS = 401;
/** At most this many unusual labels (0, 0.5, …) get a curve of their own. */
const MAX_OTHERS = 3;

/** The labels to draw: always 1 and −1, then any other values the example targets hold. */
export function labelsToDraw(targets: readonly number[]): number[] {
  const others = [...new Set(targets.filter((y) => y !== 1 && y !== -1 && Number.isFinite(y)))]
    .sort((a, b) => a - b)
    .slice(0, MAX_OTHERS);
  return [1, -1, ...others];
}

/** How label `y` is drawn: y = 1 blue solid ○, y = −1 orange dashed □, others dotted ◇. */
export function labelStyle(y: number, index: number): Pick<LabelCurve, 'className' | 'shape'> {
  if (y === 1) return { className: 'c0', shape: 'circle' };
  if (y === -1) return { className: 'c1', shape: 'square' };
  return { className: index % 2 === 0 ? 'c2' : 'c3', shape: 'diamond' };
}

/**
 * Per-element loss and gradient against the input x for each label, from the core in one
 * vectorised call per label. Null when the core refuses the keywords.
 */
export function useLabelCurves(
  name: string,
  params: Readonly<Record<string, KeywordValue>>,
  labels: readonly number[],
  from: number,
  to: number,
): readonly LabelCurve[] | null {
  const key = labels.join(',');
  return useMemo(
    () =>
      unlessRefused(() =>
        key.split(',').map((text, i) => {
          const y = Number(text);
          const samples = sampleElementwiseCurve(name, {
            target: y,
            from,
            to,
            points: POINTS,
            options: params,
          });
          return { y, samples, ...labelStyle(y, i) };
        }),
      ),
    [name, params, key, from, to],
  );
}
