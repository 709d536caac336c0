/**
 * The public contract of the Loss Lab compute core (see shared/design.md). The app imports the
 * core only through this file.
 */
import { evaluateDefinition, readInputs, toLossResult, type LossResult } from './core/evaluate.ts';
import { getLoss } from './core/registry.ts';

export { LossInputError } from './core/LossInputError.ts';
export type { LossResult } from './core/evaluate.ts';
export type { NestedNumbers, Tensor } from './core/tensor.ts';
export { tensorFromNested, tensorToNested } from './core/tensor.ts';
export type { ArgumentMeta, Bilingual, Family, KeywordMeta, LossMeta } from './core/meta.ts';
export { FAMILIES } from './core/meta.ts';
export { getLoss, hasLoss, listLosses, loadLossCode } from './core/registry.ts';
export { sampleElementwiseCurve, sampleCurveAlong, type CurveSamples } from './core/curves.ts';
export { cosineEmbeddingAngles, type PairAngle } from './losses/cosineEmbeddingAngles.ts';
export { sampleCosineEmbeddingCurve, type CosineCurve } from './losses/cosineEmbeddingCurve.ts';
export {
  ctcLattice,
  type CtcLattice,
  type CtcLatticeOptions,
  type CtcTransition,
} from './ctc/lattice.ts';
export type { CtcAlignment, CtcCell, CtcDecoding } from './ctc/alignment.ts';
export { collapse } from './ctc/collapse.ts';
export { fitConstant, type ConstantFit } from './fit/fitConstant.ts';
export { fitLine, type LineFit } from './fit/fitLine.ts';
export { FITTABLE_LOSSES } from './fit/residualKernel.ts';
export { checkHuberSmoothL1, type HuberSmoothL1Row } from './relations/huberSmoothL1.ts';
export { logSoftmax, logSumExp, softmax } from './analysis/softmax.ts';
export { expOf, logOf, probabilityRow, redistribute } from './analysis/distribution.ts';
export { swapKlArguments } from './analysis/klSwap.ts';
export {
  classBreakdown,
  type ClassBreakdown,
  type ClassPosition,
} from './analysis/classBreakdown.ts';
export { ctcMinFrames } from './ctc/minFrames.ts';

/**
 * Evaluates `torch.nn.<name>(**options)(**inputs)` and the gradient of `sum(output)` with respect
 * to every prediction-side input.
 *
 * @param name the PyTorch class name, e.g. `"SmoothL1Loss"`
 * @param inputs the `forward()` arguments by PyTorch's parameter names, as nested number arrays
 * @param options the constructor keywords, spelled as PyTorch spells them
 * @throws LossInputError for anything PyTorch would refuse
 */
export function evaluateLoss(
  name: string,
  inputs: Readonly<Record<string, unknown>>,
  options: Readonly<Record<string, unknown>> = {},
): LossResult {
  const def = getLoss(name);
  return toLossResult(evaluateDefinition(def, readInputs(def, inputs), options), def, inputs);
}
export { sampleElementwiseCurveAt, type CurveAt } from './core/curvesAt.ts';
export { sigmoid } from './core/sigmoid.ts';
export { compareSigmoidBce, type SigmoidBceComparison } from './curves/sigmoidBce.ts';
export {
  poissonInputOf,
  poissonRateOf,
  poissonStirlingTerm,
  samplePoissonRateCurve,
  type PoissonRateCurve,
} from './curves/poissonRate.ts';
export { gaussianBestVar, sampleGaussianVarCurve } from './curves/gaussianVariance.ts';
export {
  multiLabelMarginPairs,
  type MultiLabelMarginPairs,
  type MultiLabelMarginSample,
} from './analysis/multiLabelMarginPairs.ts';
export {
  multiLabelSoftMarginTerms,
  type MultiLabelSoftMarginSample,
  type MultiLabelSoftMarginTerms,
} from './analysis/multiLabelSoftMarginTerms.ts';
export {
  multiMarginTerms,
  type MultiMarginSample,
  type MultiMarginTerms,
} from './analysis/multiMarginTerms.ts';
export {
  tripletBreakdown,
  type TripletBreakdown,
  type TripletLossName,
  type TripletRow,
} from './analysis/tripletBreakdown.ts';
