import { compareSigmoidBce, type NestedNumbers } from '../../src/index.ts';
import { crossEntropyCodeOptions } from '../losses/CrossEntropyLoss/probabilityTargets.ts';
import { ctcCode } from '../losses/CTCLoss/ctcCode.ts';
import {
  applyBlank,
  applyPreset,
  applyProbability,
  applyWord,
  readModel,
} from '../losses/CTCLoss/ctcModel.ts';
import { DEFAULT_LETTERS } from '../losses/CTCLoss/defaults.ts';
import { distanceCodeOptions } from '../losses/TripletMarginWithDistanceLoss/codeOptions.ts';
import type { KeywordValue } from '../losses/types.ts';
import { stabilityCode } from '../panel/binary/stabilityCode.ts';
import { evaluate } from '../panel/useLossEvaluation.ts';
import { defaultLossState, type LossState } from '../store/lossState.ts';
import { pytorchCode, type PytorchCodeOptions } from './pytorchCode.ts';

/**
 * A fixed list of panel states and the PyTorch code each panel shows for it, built the way the
 * panels build it. scripts/golden/code_outputs.py runs every program with PyTorch and stores
 * what it printed in __fixtures__/codeOutputs.json; codeOutputs.test.ts then checks, without
 * Python, that the comments in the code are exactly that output.
 */
export interface CodeCase {
  readonly id: string;
  readonly code: string;
  /** PyTorch warns when this program runs (KLDivLoss's reduction='mean'), and should. */
  readonly warns?: boolean;
}

/** The code options of the panels that need any (the others pass none). */
function optionsFor(name: string, state: LossState): PytorchCodeOptions | undefined {
  if (name === 'CrossEntropyLoss') return crossEntropyCodeOptions(state);
  if (name === 'TripletMarginWithDistanceLoss') {
    return distanceCodeOptions(state.params['distance_function']);
  }
  return undefined;
}

function panelCase(
  name: string,
  label: string,
  params: Readonly<Record<string, KeywordValue>> = {},
  tensors: Readonly<Record<string, NestedNumbers>> = {},
): CodeCase {
  const base = defaultLossState(name);
  const state: LossState = {
    ...base,
    params: { ...base.params, ...params },
    tensors: { ...base.tensors, ...tensors },
  };
  const evaluation = evaluate(name, state);
  const result = evaluation.ok ? evaluation.reduced : null;
  const warns = name === 'KLDivLoss' && state.params['reduction'] === 'mean';
  return {
    id: `${name}/${label}`,
    code: pytorchCode(name, state, result, optionsFor(name, state)),
    ...(warns ? { warns } : {}),
  };
}

function ctcCases(): CodeCase[] {
  const base = defaultLossState('CTCLoss');
  const model = readModel(base, DEFAULT_LETTERS);
  const at = (label: string, state: LossState, letters = DEFAULT_LETTERS): CodeCase => {
    const evaluation = evaluate('CTCLoss', state);
    const result = evaluation.ok ? evaluation.reduced : null;
    return {
      id: `CTCLoss/${label}`,
      code: ctcCode(readModel(state, letters), state.params, result),
    };
  };
  const withParams = (state: LossState, params: Record<string, KeywordValue>): LossState => ({
    ...state,
    params: { ...state.params, ...params },
  });
  const tooFew = applyPreset(base, model, 'tooFew');
  const word = applyWord(base, model, 'too');
  return [
    at('default', base),
    at('sum, zero_infinity', withParams(base, { reduction: 'sum', zero_infinity: true })),
    at('uncertain, none', withParams(applyPreset(base, model, 'uncertain'), { reduction: 'none' })),
    at('wrongLabel', applyPreset(base, model, 'wrongLabel')),
    at('tooFew', tooFew),
    at('tooFew, zero_infinity', withParams(tooFew, { zero_infinity: true })),
    at('blank 3', applyBlank(base, model, 3)),
    at('word "too"', word.state, word.letters),
    at('edited probability', applyProbability(base, model, 2, 3, 0.3333)),
  ];
}

function stabilityCases(): CodeCase[] {
  const points: readonly (readonly [number, number])[] = [
    [40, 0],
    [2.5, 1],
    [150, 1],
    [-120, 1],
    [-0.5, 0],
  ];
  return points.map(([logit, target]) => {
    const r = compareSigmoidBce({ logits: [logit], target });
    const code = stabilityCode({
      logit,
      target,
      probability: r.probability[0] ?? Number.NaN,
      naiveLoss: r.naiveLoss[0] ?? Number.NaN,
      naiveGrad: r.naiveGrad[0] ?? Number.NaN,
      fusedLoss: r.fusedLoss[0] ?? Number.NaN,
      fusedGrad: r.fusedGrad[0] ?? Number.NaN,
    });
    return { id: `sigmoid stability/z=${logit}, y=${target}`, code };
  });
}

const REGRESSION_EDIT = { input: [0.5, -2.25, 13.7, 3, -0.001], target: [1, 0, -1.5, 3.5, 120] };

/** Every loss at its default state, then states that set its keywords and edit its tensors. */
export function codeCases(): CodeCase[] {
  return [
    ...[
      'L1Loss',
      'MSELoss',
      'SmoothL1Loss',
      'HuberLoss',
      'CrossEntropyLoss',
      'NLLLoss',
      'BCELoss',
      'BCEWithLogitsLoss',
      'PoissonNLLLoss',
      'GaussianNLLLoss',
      'KLDivLoss',
      'MarginRankingLoss',
      'HingeEmbeddingLoss',
      'SoftMarginLoss',
      'MultiLabelMarginLoss',
      'MultiLabelSoftMarginLoss',
      'MultiMarginLoss',
      'TripletMarginLoss',
      'TripletMarginWithDistanceLoss',
      'CosineEmbeddingLoss',
    ].map((name) => panelCase(name, 'default')),
    ...ctcCases(),
    panelCase('L1Loss', 'none, edited', { reduction: 'none' }, REGRESSION_EDIT),
    panelCase(
      'L1Loss',
      '-0 and 1e21',
      { reduction: 'none' },
      { input: [-0, 1e21, 1, -2], target: [0, 0, 1, 2] },
    ),
    panelCase(
      'MSELoss',
      'sum, huge',
      { reduction: 'sum' },
      { input: [1e11, 2, 3e12, -4], target: [0, 0, 0, 0] },
    ),
    panelCase('SmoothL1Loss', 'beta 2.5, none', { beta: 2.5, reduction: 'none' }, REGRESSION_EDIT),
    panelCase(
      'SmoothL1Loss',
      'sum on a tie',
      { reduction: 'sum' },
      { input: [0, 0.25, -0.5, 2, 1, 0.5, 0], target: [-0.5, 3.7, -3, 3.7, -3, 0.25, 0] },
    ),
    panelCase('HuberLoss', 'delta 0.05', { delta: 0.05 }, REGRESSION_EDIT),
    panelCase('CrossEntropyLoss', 'weight, ignore_index, none', {
      weight: [1, 2, 0.5],
      ignore_index: 2,
      reduction: 'none',
    }),
    panelCase('CrossEntropyLoss', 'label_smoothing, weight, sum', {
      label_smoothing: 0.25,
      weight: [0.2, 3, 1],
      reduction: 'sum',
    }),
    panelCase(
      'CrossEntropyLoss',
      'probabilities, zero row, none',
      { reduction: 'none' },
      {
        input: [
          [1, -3, 0.5],
          [-1.5, 1, 7],
        ],
        target: [
          [0, 0, 0],
          [0.7, 0.2, 0.1],
        ],
      },
    ),
    panelCase('CrossEntropyLoss', 'unbatched', {}, { input: [2, -1.5, 0.1, 7.25], target: 3 }),
    panelCase('CrossEntropyLoss', 'all ignored', { ignore_index: 0 }, { target: [0, 0] }),
    panelCase('NLLLoss', 'weight, sum', { weight: [0.5, 1.25, 3.1], reduction: 'sum' }),
    panelCase(
      'NLLLoss',
      'cascaded sum',
      { reduction: 'sum' },
      {
        input: [
          [-0.2, -2.2],
          [-0.7, -1.2],
          [-0.5, -2.9],
        ],
        target: [1, 0, 1],
      },
    ),
    panelCase(
      'NLLLoss',
      'unbatched, none',
      { reduction: 'none' },
      { input: [0.1, 0, 0.25], target: 1 },
    ),
    panelCase('BCELoss', 'weight, none', { weight: [1, 2, 0.5, 3], reduction: 'none' }),
    panelCase(
      'BCELoss',
      'at 0 and 1',
      {},
      { input: [0, 0.9, 0, 0.3333, 0.5, 0.5, 1], target: [1, 0.3333, 0.3333, 0, 1, 1, 0.1] },
    ),
    panelCase('BCEWithLogitsLoss', 'pos_weight, weight, none', {
      pos_weight: [3, 1, 0.5, 2],
      weight: [0.1, 1, 2, 1],
      reduction: 'none',
    }),
    panelCase(
      'PoissonNLLLoss',
      'rate, full, eps',
      { log_input: false, full: true, eps: 0.1 },
      { input: [0.5, 1, 2, 0] },
    ),
    panelCase(
      'GaussianNLLLoss',
      'one var per row, full',
      { full: true, reduction: 'sum' },
      { var: [[0.5], [0.1], [2]] },
    ),
    panelCase('KLDivLoss', 'batchmean', { reduction: 'batchmean' }),
    panelCase(
      'KLDivLoss',
      'log_target, none',
      { log_target: true, reduction: 'none' },
      {
        target: [
          [-0.6931, -1.204, -1.6094],
          [-2.3026, -1.204, -0.5108],
        ],
      },
    ),
    panelCase('MarginRankingLoss', 'margin, none', { margin: 0.5, reduction: 'none' }),
    panelCase(
      'HingeEmbeddingLoss',
      'margin, label 0',
      { margin: 2.5 },
      { input: [0.3, -1.5, 0.4, 2], target: [1, 0, -1, -1] },
    ),
    panelCase(
      'SoftMarginLoss',
      'sum, large scores',
      { reduction: 'sum' },
      { input: [50, -0.5, 0.3, -40], target: [1, -1, -1, 1] },
    ),
    panelCase(
      'MultiLabelMarginLoss',
      'batch, none',
      { reduction: 'none' },
      {
        input: [
          [0.1, 0.2, 0.4, 0.8],
          [1.5, -0.5, 0.3, -1],
        ],
        target: [
          [3, 0, -1, 1],
          [1, 2, 3, -1],
        ],
      },
    ),
    panelCase('MultiLabelSoftMarginLoss', 'weight, none', {
      weight: [1, 2, 0.5, 0],
      reduction: 'none',
    }),
    panelCase('MultiMarginLoss', 'p 2, margin, weight', {
      p: 2,
      margin: 0.5,
      weight: [1, 2, 0.5, 3],
    }),
    panelCase('TripletMarginLoss', 'p 1, swap, none', { p: 1, swap: true, reduction: 'none' }),
    panelCase('TripletMarginLoss', 'p 0.5, eps', { p: 0.5, eps: 0.05, margin: 2 }),
    panelCase('TripletMarginWithDistanceLoss', 'cosine, swap', {
      distance_function: 'cosine',
      swap: true,
      margin: 0.25,
    }),
    panelCase(
      'TripletMarginWithDistanceLoss',
      'cosine, none',
      { distance_function: 'cosine', reduction: 'none', margin: 0.1 },
      {
        anchor: [
          [1, 0.5],
          [-1, 1],
        ],
        positive: [
          [1.5, 1],
          [-1.5, 2],
        ],
        negative: [
          [-2, 0.5],
          [3.5, 1],
        ],
      },
    ),
    panelCase(
      'CosineEmbeddingLoss',
      'margin, inactive pair',
      { margin: 1, reduction: 'sum' },
      {
        input1: [
          [10, 1],
          [0.3, 1],
        ],
        input2: [
          [2, -3],
          [0.9, 0.6],
        ],
        target: [-1, 1],
      },
    ),
    ...stabilityCases(),
  ];
}
