import { tensor, type Tensor } from '../../src/core/tensor.ts';
import { mulberry32 } from '../../src/core/random.ts';

/** About a million elements per benchmark call, as issue #3 asks. */
export const ELEMENTS = 1_000_000;
const ROWS = 100_000;
const CLASSES = 10;

type Maker = (rand: () => number) => Record<string, Tensor>;

function fill(shape: number[], rand: () => number, f: (u: number, i: number) => number): Tensor {
  const t = tensor(shape);
  for (let i = 0; i < t.data.length; i++) t.data[i] = f(rand(), i);
  return t;
}

const normal = (u: number) => (u - 0.5) * 4;
const vec = (rand: () => number, f = normal) => fill([ELEMENTS], rand, f);
const mat = (rand: () => number, f = normal) => fill([ROWS, CLASSES], rand, f);
const classIndex = (rand: () => number) => fill([ROWS], rand, (u) => Math.floor(u * CLASSES));
const sign = (rand: () => number, n = ELEMENTS) => fill([n], rand, (u) => (u < 0.5 ? -1 : 1));
const probability = (u: number) => 0.01 + 0.98 * u;

const elementwise: Maker = (r) => ({ input: vec(r), target: vec(r) });

/** Valid inputs of about 10^6 elements for each loss, by PyTorch argument name. */
export const BENCH_INPUTS: Readonly<Record<string, Maker>> = {
  L1Loss: elementwise,
  MSELoss: elementwise,
  SmoothL1Loss: elementwise,
  HuberLoss: elementwise,
  CrossEntropyLoss: (r) => ({ input: mat(r), target: classIndex(r) }),
  NLLLoss: (r) => ({ input: mat(r, (u) => Math.log(probability(u))), target: classIndex(r) }),
  BCELoss: (r) => ({ input: vec(r, probability), target: vec(r, (u) => (u < 0.5 ? 0 : 1)) }),
  BCEWithLogitsLoss: (r) => ({ input: vec(r), target: vec(r, (u) => (u < 0.5 ? 0 : 1)) }),
  PoissonNLLLoss: (r) => ({ input: vec(r), target: vec(r, (u) => Math.floor(u * 5)) }),
  GaussianNLLLoss: (r) => ({ input: vec(r), target: vec(r), var: vec(r, (u) => 0.1 + u) }),
  KLDivLoss: (r) => ({
    input: vec(r, (u) => Math.log(probability(u))),
    target: vec(r, probability),
  }),
  MarginRankingLoss: (r) => ({ input1: vec(r), input2: vec(r), target: sign(r) }),
  HingeEmbeddingLoss: (r) => ({ input: vec(r, (u) => u * 2), target: sign(r) }),
  SoftMarginLoss: (r) => ({ input: vec(r), target: sign(r) }),
  MultiLabelMarginLoss: (r) => ({
    input: mat(r),
    target: fill([ROWS, CLASSES], r, (_u, i) => (i % CLASSES < 3 ? (i % CLASSES) * 3 : -1)),
  }),
  MultiLabelSoftMarginLoss: (r) => ({ input: mat(r), target: mat(r, (u) => (u < 0.3 ? 1 : 0)) }),
  MultiMarginLoss: (r) => ({ input: mat(r), target: classIndex(r) }),
  TripletMarginLoss: (r) => ({ anchor: mat(r), positive: mat(r), negative: mat(r) }),
  TripletMarginWithDistanceLoss: (r) => ({ anchor: mat(r), positive: mat(r), negative: mat(r) }),
  CosineEmbeddingLoss: (r) => ({ input1: mat(r), input2: mat(r), target: sign(r, ROWS) }),
};

export function makeInputs(name: string, seed = 42): Record<string, Tensor> | null {
  const maker = BENCH_INPUTS[name];
  return maker ? maker(mulberry32(seed)) : null;
}
