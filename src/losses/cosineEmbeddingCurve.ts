import { Inputs } from '../core/definition.ts';
import { evaluateDefinition } from '../core/evaluate.ts';
import { LossInputError } from '../core/LossInputError.ts';
import { getLoss } from '../core/registry.ts';
import { tensor } from '../core/tensor.ts';

/** CosineEmbeddingLoss sampled along the cosine of the pair. */
export interface CosineCurve {
  /** Ascending cosines from −1 to 1 (as the loss computes them). */
  readonly cosine: Float64Array;
  readonly loss: Float64Array;
}

/**
 * The per-pair loss against cos θ for one label: unit vectors (1, 0) and (cos t, sin t) for t
 * from π down to 0, one vectorised call of the loss with `reduction='none'`. The cosines are
 * the loss's own (1 − ℓ with label 1), so markers placed by {@link cosineEmbeddingAngles} sit
 * exactly on the curve.
 */
export function sampleCosineEmbeddingCurve(params: {
  readonly target: number;
  readonly points: number;
  readonly options?: Readonly<Record<string, unknown>>;
}): CosineCurve {
  const n = params.points;
  if (!(n >= 2) || !Number.isInteger(n)) {
    throw new LossInputError(`points must be an integer of at least 2, got ${n}`);
  }
  const def = getLoss('CosineEmbeddingLoss');
  const a = new Float64Array(2 * n);
  const b = new Float64Array(2 * n);
  for (let k = 0; k < n; k++) {
    const t = Math.PI * (1 - k / (n - 1));
    a[2 * k] = 1;
    b[2 * k] = Math.cos(t);
    b[2 * k + 1] = Math.sin(t);
  }
  const call = (label: number) =>
    evaluateDefinition(
      def,
      new Inputs(
        new Map([
          ['input1', tensor([n, 2], a)],
          ['input2', tensor([n, 2], b)],
          ['target', tensor([n], new Float64Array(n).fill(label))],
        ]),
      ),
      { ...params.options, reduction: 'none' },
    ).output.data;
  const cosine = call(1).map((l) => 1 - l);
  return { cosine, loss: call(params.target) };
}
