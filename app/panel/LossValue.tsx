import { formatNumber } from '../format.ts';
import { useStrings } from '../i18n/useStrings.ts';
import type { Evaluation } from './useLossEvaluation.ts';
import { flatten } from './nested.ts';

/** The reduced result, big, in `data-testid="loss-value"` (a list for `reduction='none'`). */
export function LossValue({
  evaluation,
  reduction,
}: {
  evaluation: Evaluation;
  reduction: string;
}) {
  const t = useStrings();
  const output = evaluation.ok ? evaluation.reduced.output : null;
  const text =
    output === null
      ? '—'
      : typeof output === 'number'
        ? formatNumber(output)
        : `[${flatten(output)
            .map((v) => formatNumber(v))
            .join(', ')}]`;
  return (
    <div className="loss-value" aria-live="polite">
      <span className="loss-value-label">
        {t.result} <code>reduction='{reduction}'</code>
      </span>
      <output data-testid="loss-value" data-value={typeof output === 'number' ? output : undefined}>
        {text}
      </output>
    </div>
  );
}
