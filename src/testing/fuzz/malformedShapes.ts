import fc from 'fast-check';
import type { Malformed } from './malformed.ts';
import { reshape } from './values.ts';

/**
 * Per loss, calls PyTorch refuses for their shapes or values: shapes that do not broadcast,
 * wrong ranks, mismatched batch sizes, class indices out of range, and keyword values outside
 * PyTorch's domain (negative beta, p = 3 for MultiMarginLoss, label_smoothing = 1.5, ...).
 */
type Case = Omit<Malformed, 'kind'> & { readonly kind?: string };

const size = fc.integer({ min: 1, max: 3 });
const wide = fc.integer({ min: 2, max: 4 });

/** An n×m list of small distinct-ish values. */
const filled = (shape: number[], v = 0.25): unknown =>
  reshape(
    Array.from({ length: shape.reduce((a, d) => a * d, 1) }, (_, i) => v + i / 8),
    shape,
  );

function cases(...arbs: fc.Arbitrary<Case>[]): fc.Arbitrary<Malformed> {
  return fc.oneof(...arbs).map((c) => ({ kind: c.kind ?? `names ${c.names.join('/')}`, ...c }));
}

/** input (n, d) against target (d + 1), d ≥ 2: no dimension can stretch. */
function noBroadcast(
  extra: Record<string, unknown> = {},
  names = ['input', 'target'],
): fc.Arbitrary<Case> {
  return fc.record({ n: size, d: wide }).map(({ n, d }) => ({
    kind: 'shapes that do not broadcast',
    inputs: { input: filled([n, d]), target: filled([d + 1]), ...extra },
    options: {},
    names,
  }));
}

const negative = fc.constantFrom(-1, -1e-310, -5e-324, -1e300, Number.NEGATIVE_INFINITY);

const pointwise = (keyword?: [string, fc.Arbitrary<number>]): fc.Arbitrary<Malformed> =>
  keyword
    ? cases(
        noBroadcast(),
        keyword[1].map((v) => ({
          kind: `${keyword[0]} outside PyTorch's domain`,
          inputs: { input: [0.5, 1], target: [0, 1] },
          options: { [keyword[0]]: v },
          names: [keyword[0]],
        })),
      )
    : cases(noBroadcast());

/** Class scores (n, c) with targets that break NLLLoss / CrossEntropyLoss. */
const classIndex = (withSmoothing: boolean): fc.Arbitrary<Malformed> =>
  fc.record({ n: size, c: wide }).chain(({ n, c }) => {
    const input = filled([n, c], -1);
    const target = Array.from({ length: n }, (_, i) => i % c);
    const arbs: fc.Arbitrary<Case>[] = [
      fc.constantFrom(c, -1, 1e9, -101).map((bad) => ({
        kind: 'class index out of range',
        inputs: { input, target: [bad, ...target.slice(1)] },
        options: {},
        names: ['target'],
      })),
      fc.constant({
        kind: 'batch sizes differ',
        inputs: { input, target: [...target, 0] },
        options: {},
        names: ['input', 'target', 'batch_size'],
      }),
      fc.constant({ inputs: { input: 0.5, target: 0 }, options: {}, names: ['input'] }),
      fc.constant({
        kind: 'weight of the wrong length',
        inputs: { input, target },
        options: { weight: filled([c + 1], 1) },
        names: ['weight'],
      }),
      fc.constantFrom(0.5, 2 ** 63, -1e20).map((bad) => ({
        kind: 'ignore_index not an int64',
        inputs: { input, target },
        options: { ignore_index: bad },
        names: ['ignore_index'],
      })),
    ];
    if (withSmoothing) {
      arbs.push(
        fc.constantFrom(1.5, 1 + 1e-15, 1e300, Number.POSITIVE_INFINITY).map((bad) => ({
          kind: 'label_smoothing above 1',
          inputs: { input, target },
          options: { label_smoothing: bad },
          names: ['label_smoothing'],
        })),
      );
    }
    return cases(...arbs);
  });

const bceLike = (probabilities: boolean): fc.Arbitrary<Malformed> =>
  fc.record({ n: size, d: wide }).chain(({ n, d }) => {
    const input = filled([n, d], 0.125);
    const target = filled([n, d], 0);
    const arbs: fc.Arbitrary<Case>[] = [
      fc.constant({ inputs: { input, target: filled([n * d]) }, options: {}, names: ['target'] }),
      fc.constant({
        kind: 'weight that does not broadcast onto input',
        inputs: { input, target },
        options: { weight: filled([d + 1], 1) },
        names: ['weight'],
      }),
    ];
    if (probabilities) {
      arbs.push(
        fc
          .constantFrom(-0.1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, -1e300, -5e-324)
          .map((bad) => ({
            kind: 'a probability outside [0, 1]',
            inputs: { input: [bad, 0.5], target: [1, 0] },
            options: {},
            names: ['input'],
          })),
      );
    } else {
      arbs.push(
        fc.constant({
          kind: 'pos_weight that does not broadcast onto input',
          inputs: { input, target },
          options: { pos_weight: filled([d + 1], 1) },
          names: ['pos_weight'],
        }),
      );
    }
    return cases(...arbs);
  });

const gaussian: fc.Arbitrary<Malformed> = fc.record({ n: size, d: wide }).chain(({ n, d }) =>
  cases(
    noBroadcast({ var: filled([n, d], 1) }),
    fc.constant({
      kind: 'var of an incompatible shape',
      // (n, d + 1) is neither input's shape, nor (n), nor (n, 1).
      inputs: { input: filled([n, d]), target: filled([n, d]), var: filled([n, d + 1], 1) },
      options: {},
      names: ['var'],
    }),
    negative.map((bad) => ({
      kind: 'a negative variance',
      inputs: { input: [1, 2], target: [0, 0], var: [1, bad] },
      options: {},
      names: ['var'],
    })),
  ),
);

const rows = fc.record({ n: size, c: wide });

const multiMargin: fc.Arbitrary<Malformed> = rows.chain(({ n, c }) => {
  const input = filled([n, c]);
  const target = Array.from({ length: n }, (_, i) => i % c);
  return cases(
    fc.constantFrom(0, 3, 1.5, -1, Number.POSITIVE_INFINITY).map((p) => ({
      kind: 'p other than 1 or 2',
      inputs: { input, target },
      options: { p },
      names: ['p'],
    })),
    fc.constantFrom(c, -1, 1e9).map((bad) => ({
      inputs: { input, target: [bad, ...target.slice(1)] },
      options: {},
      names: ['target'],
    })),
    fc.constant({ inputs: { input, target: [...target, 0] }, options: {}, names: ['target'] }),
    fc.constant({ inputs: { input: [input], target: [target] }, options: {}, names: ['input'] }),
    fc.constant({
      inputs: { input, target },
      options: { weight: [filled([c], 1)] },
      names: ['weight'],
    }),
  );
});

const multiLabelMargin: fc.Arbitrary<Malformed> = rows.chain(({ n, c }) => {
  const input = filled([n, c]);
  const target = Array.from({ length: n }, () => [0, ...new Array<number>(c - 1).fill(-1)]);
  return cases(
    fc.constant({ inputs: { input, target: target.slice(1) }, options: {}, names: ['target'] }),
    fc.constantFrom(c, -2, 1e9).map((bad) => ({
      inputs: { input, target: [[bad, ...(target[0] ?? []).slice(1)], ...target.slice(1)] },
      options: {},
      names: ['target'],
    })),
    fc.constant({ inputs: { input: [input], target: [target] }, options: {}, names: ['input'] }),
  );
});

const multiLabelSoftMargin: fc.Arbitrary<Malformed> = rows.chain(({ n, c }) =>
  cases(
    fc.constant({ inputs: { input: 0.5, target: 1 }, options: {}, names: ['input'] }),
    fc.constant({
      inputs: { input: filled([n, c]), target: filled([c + 1], 1) },
      options: {},
      names: ['input', 'target'],
    }),
    fc.constant({
      inputs: { input: filled([n, c]), target: filled([n, c], 1) },
      options: { weight: filled([c + 1], 1) },
      names: ['weight'],
    }),
  ),
);

const marginRanking: fc.Arbitrary<Malformed> = wide.chain((n) =>
  cases(
    fc.constant({
      kind: 'ranks differ',
      inputs: { input1: filled([n, 1]), input2: filled([n]), target: filled([n], 1) },
      options: {},
      names: ['input1', 'input2', 'target'],
    }),
    fc.constant({
      kind: 'sizes that do not broadcast',
      inputs: { input1: filled([n]), input2: filled([n + 1]), target: filled([n], 1) },
      options: {},
      names: ['input1', 'input2'],
    }),
  ),
);

const softMargin: fc.Arbitrary<Malformed> = rows.map(({ n, c }) => ({
  kind: 'target larger than input',
  inputs: { input: filled([c]), target: filled([n + 1, c], 1) },
  options: {},
  names: ['target'],
}));

const TRIPLET = ['anchor', 'positive', 'negative'];

function triplets(ranksMatter: boolean): fc.Arbitrary<Malformed> {
  const mismatched = rows.map(({ n, c }) => ({
    kind: 'batch sizes that do not broadcast',
    inputs: {
      anchor: filled([n + 1, c]),
      positive: filled([n + 2, c]),
      negative: filled([n + 1, c]),
    },
    options: {},
    names: TRIPLET,
  }));
  if (!ranksMatter) return cases(mismatched);
  return cases(
    mismatched,
    rows.map(({ n, c }) => ({
      kind: 'ranks differ',
      inputs: { anchor: filled([n, c]), positive: filled([c]), negative: filled([n, c]) },
      options: {},
      names: TRIPLET,
    })),
  );
}

const cosineEmbedding: fc.Arbitrary<Malformed> = rows.chain(({ n, c }) =>
  cases(
    fc.constant({
      inputs: { input1: filled([n, c]), input2: filled([n, c]), target: [[1]] },
      options: {},
      names: ['target'],
    }),
    fc.constant({
      inputs: { input1: filled([c]), input2: filled([c]), target: [1] },
      options: {},
      names: ['target', 'input'],
    }),
    fc.constant({
      inputs: {
        input1: filled([n + 1, c]),
        input2: filled([n + 2, c]),
        target: filled([n + 1], 1),
      },
      options: {},
      names: ['input1', 'input2'],
    }),
  ),
);

/** A valid batched CTC call to break one piece of at a time: T = 4, N = 2, C = 3, blank 0. */
const CTC_OK = {
  log_probs: Array.from({ length: 4 }, () => [
    [-1.1, -1.2, -1.0],
    [-1.0, -1.3, -1.05],
  ]),
  targets: [
    [1, 2],
    [2, 0],
  ],
  input_lengths: [4, 3],
  target_lengths: [2, 1],
};

const ctc: fc.Arbitrary<Malformed> = cases(
  fc.constantFrom(3, -1, 1e9).map((blank) => ({
    inputs: CTC_OK,
    options: { blank },
    names: ['blank'],
  })),
  fc.constantFrom([5, 3], [0, 3], [-1, 3], [4]).map((lengths) => ({
    inputs: { ...CTC_OK, input_lengths: lengths },
    options: {},
    names: ['input_lengths'],
  })),
  fc.constantFrom([3, 1], [2], [-1, 1]).map((lengths) => ({
    inputs: { ...CTC_OK, target_lengths: lengths },
    options: {},
    names: ['target_lengths'],
  })),
  fc
    .constantFrom(
      [
        [3, 2],
        [2, 0],
      ],
      [
        [1, -1],
        [2, 0],
      ],
    )
    .map((targets) => ({
      inputs: { ...CTC_OK, targets },
      options: {},
      names: ['target', 'targets'],
    })),
  fc.constantFrom([1, 2], [1, 2, 2, 1]).map((targets) => ({
    inputs: { ...CTC_OK, targets },
    options: {},
    names: ['targets', 'target_lengths'],
  })),
  fc.constantFrom([-1, -2, -3], [[[[-1]]]]).map((logProbs) => ({
    inputs: { ...CTC_OK, log_probs: logProbs },
    options: {},
    names: ['log_probs'],
  })),
);

export const SPECIFIC_MALFORMED: Readonly<Record<string, fc.Arbitrary<Malformed>>> = {
  L1Loss: pointwise(),
  MSELoss: pointwise(),
  SmoothL1Loss: pointwise(['beta', negative]),
  HuberLoss: pointwise(['delta', fc.oneof(negative, fc.constantFrom(0, -0))]),
  PoissonNLLLoss: pointwise(),
  KLDivLoss: pointwise(),
  HingeEmbeddingLoss: pointwise(),
  GaussianNLLLoss: gaussian,
  CrossEntropyLoss: classIndex(true),
  NLLLoss: classIndex(false),
  BCELoss: bceLike(true),
  BCEWithLogitsLoss: bceLike(false),
  MarginRankingLoss: marginRanking,
  SoftMarginLoss: softMargin,
  MultiLabelMarginLoss: multiLabelMargin,
  MultiLabelSoftMarginLoss: multiLabelSoftMargin,
  MultiMarginLoss: multiMargin,
  TripletMarginLoss: triplets(true),
  TripletMarginWithDistanceLoss: triplets(false),
  CosineEmbeddingLoss: cosineEmbedding,
  CTCLoss: ctc,
};
