import type { LossMeta } from './meta.ts';
import type { Options } from './options.ts';
import type { Tensor } from './tensor.ts';

/** The validated `forward()` arguments of one call, by PyTorch parameter name. */
export class Inputs {
  constructor(private readonly byName: ReadonlyMap<string, Tensor>) {}

  get(name: string): Tensor {
    const t = this.byName.get(name);
    if (!t) throw new Error(`internal: missing input ${name}`);
    return t;
  }

  has(name: string): boolean {
    return this.byName.has(name);
  }
}

/** What a loss computes: its output (0-d unless `reduction='none'`) and its gradients. */
export interface TensorLossResult {
  readonly output: Tensor;
  /** d sum(output) / d argument, for each prediction-side argument, in the argument's shape. */
  readonly grads: Readonly<Record<string, Tensor>>;
}

/** One loss of torch.nn: its metadata and its forward-plus-backward computation. */
export interface LossDefinition {
  readonly meta: LossMeta;
  compute(inputs: Inputs, options: Options): TensorLossResult;
}
