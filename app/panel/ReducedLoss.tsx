import { Formula } from './Formula.tsx';
import { LossValue } from './LossValue.tsx';
import { flatten } from './nested.ts';
import { reductionTex } from './reductionTex.ts';
import type { Evaluation } from './useLossEvaluation.ts';

/**
 * The step from the per-element losses to the result, with the numbers written in, then the
 * result itself. Panels whose reduction is a plain sum or mean over the elements show these two
 * together so students see where the number comes from ('mean' divides by the element count).
 * Panels with weights, ignored positions or 'batchmean' write their own reduction formula.
 */
export function ReducedLoss({
  evaluation,
  reduction,
}: {
  evaluation: Evaluation;
  reduction: string;
}) {
  const perLoss = evaluation.ok ? flatten(evaluation.perElement.output) : [];
  const result =
    evaluation.ok && typeof evaluation.reduced.output === 'number'
      ? evaluation.reduced.output
      : null;
  return (
    <>
      {evaluation.ok && (
        <Formula
          tex={reductionTex(reduction, perLoss, result)}
          label={`reduction='${reduction}'`}
          testId="formula-reduction"
        />
      )}
      <LossValue evaluation={evaluation} reduction={reduction} />
    </>
  );
}
