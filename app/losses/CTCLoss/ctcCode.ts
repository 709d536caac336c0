import type { LossResult } from '../../../src/index.ts';
import { pyNumber } from '../../code/pythonLiteral.ts';
import { torchRepr } from '../../code/torchRepr.ts';
import type { KeywordValue } from '../../losses/types.ts';
import type { CtcModel } from './ctcModel.ts';
import { onGrid, unitText } from './probabilities.ts';

function pyValue(v: KeywordValue | undefined): string {
  if (typeof v === 'boolean') return v ? 'True' : 'False';
  if (typeof v === 'string') return `'${v}'`;
  return String(v);
}

const DEFAULTS: Readonly<Record<string, KeywordValue>> = {
  blank: 0,
  reduction: 'mean',
  zero_infinity: false,
};

/**
 * The PyTorch program for the panel's state. Frames on the panel's 0.0001 grid are written as
 * probabilities and turned into log_probs with .log(), which is what a student would type; any
 * other log_probs (from a link) are written out in full. The printed result is the core's.
 */
export function ctcCode(
  model: CtcModel,
  params: Readonly<Record<string, KeywordValue>>,
  result: LossResult | null,
): string {
  const kwargs = Object.keys(DEFAULTS)
    .filter((k) => params[k] !== undefined && params[k] !== DEFAULTS[k])
    .map((k) => `${k}=${pyValue(params[k])}`);
  const classes = model.symbols
    .map((sym, k) => `${k}=${sym}${k === model.blank ? ' (blank)' : ''}`)
    .join(', ');
  const grid = model.logProbs.every(onGrid);
  const lines = [
    'import torch',
    'import torch.nn as nn',
    '',
    'torch.set_default_dtype(torch.float64)  # Loss Lab computes in float64',
    'torch.set_printoptions(precision=4, sci_mode=False)',
    '',
    `# classes: ${classes}`,
  ];
  const T = model.frames;
  const C = model.classes;
  if (grid) {
    lines.push('probs = torch.tensor([');
    model.units.forEach((row, t) => lines.push(`    [${row.map(unitText).join(', ')}],  # t=${t}`));
    lines.push(`])  # (T, C) = (${T}, ${C}); every row sums to 1`);
    lines.push(`log_probs = probs.log().unsqueeze(1)  # (T, N, C) = (${T}, 1, ${C})`);
  } else {
    lines.push('log_probs = torch.tensor([');
    model.logProbs.forEach((row, t) =>
      lines.push(`    [[${row.map(pyNumber).join(', ')}]],  # t=${t}`),
    );
    lines.push(`])  # (T, N, C) = (${T}, 1, ${C})`);
  }
  lines.push(
    `targets = torch.tensor([[${model.targets.join(', ')}]])  # "${model.word}"`,
    `input_lengths = torch.tensor([${T}])`,
    `target_lengths = torch.tensor([${model.targets.length}])`,
    '',
    `loss_fn = nn.CTCLoss(${kwargs.join(', ')})`,
    'loss = loss_fn(log_probs, targets, input_lengths, target_lengths)',
    `print(loss)${result ? `  # ${torchRepr(result.output)}` : ''}`,
  );
  return lines.join('\n');
}
