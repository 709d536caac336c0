import type { NestedNumbers } from '../../../src/index.ts';
import { formatNumber } from '../../format.ts';
import { useBilingual } from '../../i18n/useStrings.ts';
import type { KeywordValue } from '../types.ts';
import { useCurveAlong } from '../../panel/useCurveAlong.ts';
import { LinePlot } from '../../plot/LinePlot.tsx';
import { CE_TEXT } from './strings.ts';

export interface TargetLogitCurveProps {
  /** The shown sample alone: its logits (C) and its target (0-d class index or (C) probabilities). */
  readonly logits: readonly number[];
  readonly target: NestedNumbers;
  /** The class whose logit sweeps. */
  readonly swept: number;
  readonly params: Readonly<Record<string, KeywordValue>>;
  /** ℓ_n and ∂ℓ_n/∂x[swept] at the current logit, from the panel's evaluation. */
  readonly current: { readonly loss: number; readonly grad: number };
}

/**
 * ℓ of one sample against the logit of its target class, and the gradient: the loss falls
 * towards 0 (or towards the target's entropy with soft targets) as the logit grows, and the
 * gradient w·(p − q) fades, which is why confident right answers stop teaching the model.
 */
export function TargetLogitCurve({
  logits,
  target,
  swept,
  params,
  current,
}: TargetLogitCurveProps) {
  const text = useBilingual();
  const x = logits[swept] ?? 0;
  const from = Math.min(-8, Math.floor(x) - 4);
  const to = Math.max(8, Math.ceil(x) + 4);
  // 'sum' over the one sample is its own ℓ_n, weight included ('mean' would divide it back out).
  const curve = useCurveAlong({
    name: 'CrossEntropyLoss',
    inputs: { input: logits, target },
    options: { ...params, reduction: 'sum' },
    argument: 'input',
    index: swept,
    from,
    to,
  });
  if (!curve) return null;
  const { loss, grad } = current;
  const marker = (y: number) => [
    { x, y, label: `x[${swept}] = ${formatNumber(x)}: ${formatNumber(y)}`, highlighted: true },
  ];
  const summary = text(
    CE_TEXT.curveSummary(swept, formatNumber(x), formatNumber(loss), formatNumber(grad)),
  );
  return (
    <div className="plots" data-testid="target-logit-curve">
      <LinePlot
        title={text(CE_TEXT.curveTitle(swept))}
        summary={summary}
        xLabel={text(CE_TEXT.curveX(swept))}
        yLabel="ℓ"
        series={[{ id: 'loss', label: 'ℓ', xs: curve.x, ys: curve.loss, className: 'c0' }]}
        markers={marker(loss)}
        height={220}
      />
      <LinePlot
        title={text(CE_TEXT.gradTitle(swept))}
        summary={summary}
        xLabel={text(CE_TEXT.curveX(swept))}
        yLabel={`∂ℓ/∂x[${swept}]`}
        series={[
          { id: 'grad', label: `∂ℓ/∂x[${swept}]`, xs: curve.x, ys: curve.grad, className: 'c1' },
        ]}
        markers={marker(grad)}
        height={180}
      />
    </div>
  );
}
