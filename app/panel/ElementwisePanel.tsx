import { useMemo, type ReactNode } from 'react';
import { formatNumber } from '../format.ts';
import { useStrings } from '../i18n/useStrings.ts';
import type { KeywordValue } from '../losses/types.ts';
import { LinePlot } from '../plot/LinePlot.tsx';
import { useAppStore } from '../store/appStore.ts';
import { defaultLossState } from '../store/lossState.ts';
import { gradAxisDomain } from './gradAxisDomain.ts';
import { flatten } from './nested.ts';
import { PanelFrame } from './PanelFrame.tsx';
import { useElementwiseCurve } from './useElementwiseCurve.ts';
import { useLossEvaluation } from './useLossEvaluation.ts';

export interface ElementwisePanelProps {
  readonly name: string;
  /** The formula with one element's numbers substituted, as TeX. */
  readonly substitute: (
    x: number,
    y: number,
    loss: number,
    params: Readonly<Record<string, KeywordValue>>,
  ) => string;
  /** An x-interval of the plot to shade, e.g. SmoothL1's quadratic zone. */
  readonly band?: (
    params: Readonly<Record<string, KeywordValue>>,
  ) => { from: number; to: number; label: string } | undefined;
  /** Sections shown full width below the plots and tensors, e.g. a comparison of losses. */
  readonly children?: ReactNode;
}

/**
 * The panel of an element-wise regression loss: formula with live values, keyword controls,
 * loss and gradient against the residual with a marker per example element, editable tensors,
 * the equivalent PyTorch code, and the teaching notes.
 */
export function ElementwisePanel({ name, substitute, band, children }: ElementwisePanelProps) {
  const t = useStrings();
  const state = useAppStore((s) => s.losses[name]) ?? defaultLossState(name);
  const evaluation = useLossEvaluation(name, state);
  const xs = flatten(state.tensors['input'] ?? []);
  const ys = flatten(state.tensors['target'] ?? []);
  const residuals = xs.map((x, i) => x - (ys[i] ?? 0));
  const curve = useElementwiseCurve(name, state.params, residuals);
  const perLoss = evaluation.ok ? flatten(evaluation.perElement.output) : [];
  const reduction = String(state.params['reduction'] ?? 'mean');
  // The gradient of the *reduced* loss: 'mean' scales every element's pull by 1/N.
  const perGrad = evaluation.ok ? flatten(evaluation.reduced.grads['input'] ?? []) : [];
  const gradScale = reduction === 'mean' && xs.length > 0 ? 1 / xs.length : 1;
  const gradDomain = useMemo(() => gradAxisDomain(curve ? [curve.grad] : []), [curve]);
  const gradCurve = useMemo(
    () => (curve ? curve.grad.map((g) => g * gradScale) : null),
    [curve, gradScale],
  );
  const h = Math.min(state.highlight, Math.max(0, xs.length - 1));
  const markers = (values: readonly number[]) =>
    residuals.map((r, i) => ({
      x: r,
      y: values[i] ?? Number.NaN,
      label: `${t.element} ${i}: ${formatNumber(values[i] ?? Number.NaN)}`,
      highlighted: i === h,
    }));
  const resultText =
    evaluation.ok && typeof evaluation.reduced.output === 'number'
      ? formatNumber(evaluation.reduced.output)
      : '—';
  const shaded = band?.(state.params);
  const listNumbers = (values: readonly number[]) =>
    values.length > 0 ? values.map((v) => formatNumber(v)).join(', ') : '—';

  return (
    <PanelFrame
      name={name}
      state={state}
      evaluation={evaluation}
      liveTex={
        evaluation.ok && xs.length > 0
          ? substitute(xs[h] ?? 0, ys[h] ?? 0, perLoss[h] ?? Number.NaN, state.params)
          : null
      }
      below={children}
    >
      {curve && (
        <div className="plots" data-testid="plot">
          <LinePlot
            title={t.lossCurve}
            summary={t.plotSummary(name, listNumbers(perLoss), resultText)}
            xLabel={t.residual}
            yLabel={t.lossCurve}
            series={[{ id: 'loss', label: name, xs: curve.x, ys: curve.loss, className: 'c0' }]}
            markers={markers(perLoss)}
            {...(shaded ? { band: shaded } : {})}
          />
          <LinePlot
            title={t.gradCurve}
            summary={t.gradSummary(name, reduction, listNumbers(perGrad))}
            xLabel={t.residual}
            yLabel={t.gradientOf}
            series={[
              {
                id: 'grad',
                label: t.gradientOf,
                xs: curve.x,
                ys: gradCurve ?? curve.grad,
                className: 'c1',
              },
            ]}
            markers={markers(perGrad)}
            yDomain={gradDomain}
            {...(shaded ? { band: shaded } : {})}
          />
        </div>
      )}
    </PanelFrame>
  );
}
