import { formatNumber } from '../../format.ts';
import { useBilingual } from '../../i18n/useStrings.ts';
import { useCurveAlong } from '../../panel/useCurveAlong.ts';
import { LinePlot } from '../../plot/LinePlot.tsx';
import type { KeywordValue } from '../types.ts';
import { MM } from './strings.ts';

export interface TargetScoreCurveProps {
  readonly row: readonly number[];
  readonly target: number;
  readonly params: Readonly<Record<string, KeywordValue>>;
  readonly loss: number;
  /** The core's target score from which the loss is 0. */
  readonly clearAt: number;
}

/** One sample's loss as its target score sweeps: linear (p = 1) or quadratic (p = 2) down to 0. */
export function TargetScoreCurve({ row, target, params, loss, clearAt }: TargetScoreCurveProps) {
  const text = useBilingual();
  const x = row[target] ?? 0;
  const margin = typeof params['margin'] === 'number' ? params['margin'] : 1;
  const finite = row.filter(Number.isFinite);
  const from = Math.floor(Math.min(...finite) - Math.abs(margin) - 1);
  const to = Math.ceil(Math.max(...finite) + Math.abs(margin) + 1);
  // The sample alone, 'sum': its own ℓ, whatever the panel's reduction.
  const curve = useCurveAlong({
    name: 'MultiMarginLoss',
    inputs: { input: row, target },
    options: { ...params, reduction: 'sum' },
    argument: 'input',
    index: target,
    from,
    to,
  });
  if (!curve) return null;
  const zero = Number.isFinite(clearAt) ? clearAt : null;
  return (
    <LinePlot
      title={text(MM.curveTitle(target))}
      summary={text(
        MM.curveSummary(
          target,
          formatNumber(x),
          formatNumber(loss),
          zero === null ? '—' : formatNumber(zero),
        ),
      )}
      xLabel={text(MM.curveX(target))}
      yLabel="ℓ"
      series={[{ id: 'loss', label: 'ℓ', xs: curve.x, ys: curve.loss, className: 'c0' }]}
      markers={[
        {
          x,
          y: loss,
          label: `x[${target}] = ${formatNumber(x)}: ${formatNumber(loss)}`,
          highlighted: true,
        },
      ]}
      {...(zero !== null ? { references: [{ x: zero, label: text(MM.zeroFrom) }] } : {})}
      width={440}
      height={240}
      testId="target-score-curve"
    />
  );
}
