import { Inputs } from '../core/definition.ts';
import { evaluateDefinition } from '../core/evaluate.ts';
import { getLoss } from '../core/registry.ts';
import { tensor } from '../core/tensor.ts';
import type { CurveSamples } from '../core/curves.ts';
import { grid } from './grid.ts';

/**
 * The variance at which GaussianNLLLoss is smallest for a prediction x and target y:
 * d/dv ½(log v + (x − y)²/v) = ½(1/v − (x − y)²/v²) vanishes at v = (x − y)². (Below eps the
 * clamp flattens the loss, so when (x − y)² < eps every var ≤ eps ties for the minimum.)
 */
export function gaussianBestVar(input: number, target: number): number {
  const d = input - target;
  return d * d;
}

/**
 * GaussianNLLLoss of one prediction against its variance: the loss and d loss / d var as var
 * sweeps from `from` to `to` with input and target fixed, in one vectorised evaluation.
 */
export function sampleGaussianVarCurve(params: {
  readonly input: number;
  readonly target: number;
  readonly from: number;
  readonly to: number;
  readonly points: number;
  readonly options?: Readonly<Record<string, unknown>>;
}): CurveSamples {
  const x = grid(params.from, params.to, params.points);
  const n = x.length;
  const inputs = new Inputs(
    new Map([
      ['input', tensor([n], new Float64Array(n).fill(params.input))],
      ['target', tensor([n], new Float64Array(n).fill(params.target))],
      ['var', tensor([n], x.slice())],
    ]),
  );
  const result = evaluateDefinition(getLoss('GaussianNLLLoss'), inputs, {
    ...params.options,
    reduction: 'none',
  });
  const grad = result.grads['var'];
  if (!grad) throw new Error('internal: GaussianNLLLoss returned no var gradient');
  return { x, loss: result.output.data, grad: grad.data };
}
