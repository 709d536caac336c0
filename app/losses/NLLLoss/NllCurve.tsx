import { evaluateLoss, LossInputError } from '../../../src/index.ts';
import { formatNumber } from '../../format.ts';
import { useBilingual } from '../../i18n/useStrings.ts';
import { useCurveAlong } from '../../panel/useCurveAlong.ts';
import { LinePlot } from '../../plot/LinePlot.tsx';
import type { KeywordValue } from '../types.ts';
import { NLL_TEXT } from './strings.ts';

export interface NllCurveProps {
  readonly row: readonly number[];
  readonly target: number;
  readonly params: Readonly<Record<string, KeywordValue>>;
  /** ℓ_n as NLLLoss computes it now. */
  readonly current: number;
}

function crossEntropyAt(
  row: readonly number[],
  target: number,
  options: Readonly<Record<string, unknown>>,
): number {
  try {
    const out = evaluateLoss('CrossEntropyLoss', { input: row, target }, options).output;
    return typeof out === 'number' ? out : Number.NaN;
  } catch (e) {
    if (e instanceof LossInputError) return Number.NaN;
    throw e;
  }
}

/**
 * The shown sample's loss as its target entry moves: NLLLoss on the raw input is a line falling
 * forever, NLLLoss after log_softmax (= CrossEntropyLoss) levels off at 0.
 */
export function NllCurve({ row, target, params, current }: NllCurveProps) {
  const text = useBilingual();
  const x = row[target] ?? 0;
  const from = Math.min(-8, Math.floor(x) - 3);
  const to = Math.max(4, Math.ceil(x) + 3);
  // One sample with 'sum' is its own ℓ_n, weight included.
  const options = { ...params, reduction: 'sum' };
  const sweep = {
    inputs: { input: row, target },
    options,
    argument: 'input',
    index: target,
    from,
    to,
  };
  const raw = useCurveAlong({ name: 'NLLLoss', ...sweep });
  const fixed = useCurveAlong({ name: 'CrossEntropyLoss', ...sweep });
  const fixedNow = crossEntropyAt(row, target, options);
  if (!raw || !fixed) return null;
  return (
    <div className="plots" data-testid="nll-curve">
      <LinePlot
        title={text(NLL_TEXT.curveTitle(target))}
        summary={text(
          NLL_TEXT.curveSummary(
            target,
            formatNumber(x),
            formatNumber(current),
            formatNumber(fixedNow),
          ),
        )}
        xLabel={text(NLL_TEXT.curveX(target))}
        yLabel="ℓ"
        series={[
          { id: 'raw', label: text(NLL_TEXT.seriesRaw), xs: raw.x, ys: raw.loss, className: 'c1' },
          {
            id: 'fixed',
            label: text(NLL_TEXT.seriesFixed),
            xs: fixed.x,
            ys: fixed.loss,
            className: 'c0',
          },
        ]}
        markers={[
          { x, y: current, label: `NLLLoss(input): ${formatNumber(current)}`, highlighted: true },
          {
            x,
            y: fixedNow,
            label: `CrossEntropyLoss: ${formatNumber(fixedNow)}`,
            highlighted: false,
          },
        ]}
        height={240}
      />
    </div>
  );
}
