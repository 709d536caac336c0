import { useMemo } from 'react';
import {
  LossInputError,
  sampleElementwiseCurve,
  type CurveSamples,
  type NestedNumbers,
} from '../../../src/index.ts';
import type { KeywordValue } from '../../losses/types.ts';
import { flatten, shapeOf } from '../nested.ts';
import { broadcastAt } from './broadcastAt.ts';

/** What the binary panels plot against: a probability in [0, 1] or a logit on the real line. */
export type BinaryAxis = 'probability' | 'logit';

export interface TargetCurve extends CurveSamples {
  readonly target: number;
}

export interface BinaryCurves {
  readonly curves: readonly TargetCurve[];
  /** The highlighted element's weight and pos_weight the curves were drawn with (null: None). */
  readonly weight: number | null;
  readonly posWeight: number | null;
}

const POINTS = 801;

/** Logit range wide enough for every example element, and never narrower than ±6. */
function logitReach(xs: readonly number[]): number {
  const far = Math.max(6, ...xs.filter(Number.isFinite).map((x) => Math.abs(x) * 1.2));
  return Math.ceil(far);
}

/**
 * Loss and gradient of BCELoss / BCEWithLogitsLoss against the input for target 0 and target 1
 * (and the highlighted element's own target when it is a soft label), each sampled by the core
 * with the highlighted element's weight and pos_weight so its dot sits on its curve.
 */
export function useBinaryCurves(
  name: string,
  axis: BinaryAxis,
  params: Readonly<Record<string, KeywordValue>>,
  tensors: Readonly<Record<string, NestedNumbers>>,
  highlight: number,
): BinaryCurves {
  const input = tensors['input'] ?? [];
  const target = tensors['target'] ?? [];
  const shape = shapeOf(input);
  const xs = flatten(input);
  const y = flatten(target)[highlight];
  const weight = broadcastAt(params['weight'] as NestedNumbers | null, shape, highlight);
  const posWeight = broadcastAt(params['pos_weight'] as NestedNumbers | null, shape, highlight);
  const reach = axis === 'logit' ? logitReach(xs) : 1;
  const soft = y !== undefined && Number.isFinite(y) && y !== 0 && y !== 1 ? y : null;
  const curves = useMemo(() => {
    const targets = soft === null ? [0, 1] : [0, 1, soft];
    const options: Record<string, unknown> = { weight: weight === null ? null : [weight] };
    if (name === 'BCEWithLogitsLoss')
      options['pos_weight'] = posWeight === null ? null : [posWeight];
    const [from, to] = axis === 'logit' ? [-reach, reach] : [0, 1];
    const out: TargetCurve[] = [];
    for (const t of targets) {
      try {
        out.push({
          target: t,
          ...sampleElementwiseCurve(name, { target: t, from, to, points: POINTS, options }),
        });
      } catch (e) {
        if (!(e instanceof LossInputError)) throw e;
      }
    }
    return out;
  }, [name, axis, reach, soft, weight, posWeight]);
  return { curves, weight, posWeight };
}
