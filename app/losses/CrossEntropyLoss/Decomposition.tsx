import type { ClassBreakdown } from '../../../src/index.ts';
import { useBilingual, useStrings } from '../../i18n/useStrings.ts';
import { Formula } from '../../panel/Formula.tsx';
import { CE_TEXT } from './strings.ts';
import { logSoftmaxTex, logSumExpTex, nllTex } from './decompositionTex.ts';

export interface DecompositionProps {
  readonly breakdown: ClassBreakdown;
  readonly sample: number;
  readonly weights: readonly number[] | null;
  readonly ignoreIndex: number;
}

/** CrossEntropyLoss = LogSoftmax then NLLLoss, for the shown sample, every number from the core. */
export function Decomposition({ breakdown, sample, weights, ignoreIndex }: DecompositionProps) {
  const t = useStrings();
  const text = useBilingual();
  const p = breakdown.positions[sample];
  if (!p) return null;
  const smoothing = breakdown.labelSmoothing;
  const step3 = p.ignored
    ? CE_TEXT.step3Ignored
    : p.target === null
      ? CE_TEXT.step3Probs
      : smoothing > 0
        ? CE_TEXT.step3Smooth
        : CE_TEXT.step3Class;
  return (
    <section className="steps" aria-label={text(CE_TEXT.stepsTitle)}>
      <h3>{text(CE_TEXT.stepsTitle)}</h3>
      <ol>
        <li>
          <p>{text(CE_TEXT.step1)}</p>
          <Formula tex={logSumExpTex(p)} label={`${t.formulaLive}: LogSumExp`} testId="step-lse" />
        </li>
        <li>
          <p>{text(CE_TEXT.step2)}</p>
          <Formula
            tex={logSoftmaxTex(p)}
            label={`${t.formulaLive}: LogSoftmax`}
            testId="step-logsoftmax"
          />
        </li>
        <li>
          <p>{text(step3)}</p>
          <Formula
            tex={nllTex(
              p,
              weights !== null,
              weights ?? [],
              ignoreIndex,
              breakdown.classes,
              smoothing,
            )}
            label={`${t.formulaLive}: NLLLoss`}
            testId="step-nll"
          />
        </li>
      </ol>
    </section>
  );
}
