import type { MultiLabelSoftMarginSample } from '../../../src/index.ts';
import { formatNumber } from '../../format.ts';
import { useBilingual } from '../../i18n/useStrings.ts';
import { CLASS_TEXT } from '../../panel/classText.ts';
import { DraggableBars } from '../../plot/DraggableBars.tsx';
import { MS } from './strings.ts';

/** One sample's per-class terms w[c] · ℓ_c as read-only bars, the present classes marked. */
export function ClassTermBars({
  s,
  n,
  marked,
}: {
  s: MultiLabelSoftMarginSample;
  n: number;
  marked: readonly number[];
}) {
  const text = useBilingual();
  const top = Math.max(1, ...s.terms.filter(Number.isFinite)) * 1.15;
  const list = s.terms
    .map((v, c) => `${text(CLASS_TEXT.classLabel(c))} ${formatNumber(v)}`)
    .join(', ');
  return (
    <DraggableBars
      title={text(MS.termsTitle(n))}
      summary={text(MS.termsSummary(list, s.terms.length, formatNumber(s.loss)))}
      values={s.terms}
      labels={s.terms.map((_, c) => String(c))}
      domain={[0, top]}
      highlighted={marked}
      highlightLabel={text(CLASS_TEXT.targetMark)}
      className="c1"
      testId="term-bars"
    />
  );
}
