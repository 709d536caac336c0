import { getLoss, type LossResult } from '../../src/index.ts';
import type { KeywordValue } from '../losses/types.ts';
import type { LossState } from '../store/lossState.ts';
import { constructorCall, pyInt, pyList, pyNumber } from './pythonLiteral.ts';
import { torchRepr } from './torchRepr.ts';

export interface PytorchCodeOptions {
  /**
   * Arguments to write as integer (Long) tensors although the metadata does not say so, e.g.
   * CrossEntropyLoss's target when it holds class indices rather than probabilities.
   */
  readonly integerArguments?: readonly string[];
  /**
   * Python source for keyword values whose plain literal is not what PyTorch takes, e.g.
   * TripletMarginWithDistanceLoss's `distance_function`, a callable we offer as a named choice.
   */
  readonly keywordSource?: Readonly<Record<string, (value: KeywordValue) => string>>;
  /** Import lines the keyword sources need, after `import torch.nn as nn`. */
  readonly imports?: readonly string[];
}

/**
 * The PyTorch program equivalent to a panel's state, with the values our core computed written
 * as the comments PyTorch's own `print` would show.
 */
export function pytorchCode(
  name: string,
  state: LossState,
  result: LossResult | null,
  options: PytorchCodeOptions = {},
): string {
  const meta = getLoss(name).meta;
  const lines = [
    'import torch',
    'import torch.nn as nn',
    ...(options.imports ?? []),
    '',
    'torch.set_default_dtype(torch.float64)  # Loss Lab computes in float64',
    'torch.set_printoptions(precision=4, sci_mode=False)',
    '',
    `loss_fn = ${constructorCall(name, state.params, options.keywordSource)}`,
  ];
  const args: string[] = [];
  const withGrad: string[] = [];
  for (const arg of meta.arguments) {
    const value = state.tensors[arg.name];
    if (value === undefined) continue;
    args.push(arg.name);
    const grad = arg.role === 'prediction';
    if (grad) withGrad.push(arg.name);
    const integer = arg.integer === true || options.integerArguments?.includes(arg.name) === true;
    const literal = pyList(value, integer ? pyInt : pyNumber);
    lines.push(`${arg.name} = torch.tensor(${literal}${grad ? ', requires_grad=True' : ''})`);
  }
  lines.push('', `loss = loss_fn(${args.join(', ')})`);
  const scalarOutput = typeof result?.output === 'number';
  lines.push(scalarOutput ? 'loss.backward()' : 'loss.sum().backward()');
  lines.push(
    `print(loss.detach())${result ? `  # ${torchRepr(result.output).replace(/\n/g, '\n#   ')}` : ''}`,
  );
  for (const arg of withGrad) {
    const g = result?.grads[arg];
    lines.push(
      `print(${arg}.grad)${g !== undefined ? `  # ${torchRepr(g).replace(/\n/g, '\n#   ')}` : ''}`,
    );
  }
  return lines.join('\n');
}
