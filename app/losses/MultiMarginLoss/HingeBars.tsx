import type { MultiMarginSample } from '../../../src/index.ts';
import { formatNumber } from '../../format.ts';
import { useBilingual } from '../../i18n/useStrings.ts';
import { CLASS_TEXT } from '../../panel/classText.ts';
import { DraggableBars } from '../../plot/DraggableBars.tsx';
import { MM } from './strings.ts';

/** One sample's hinge terms, one bar per rival; the target's own bar is left empty and marked. */
export function HingeBars({ s, n }: { s: MultiMarginSample; n: number }) {
  const text = useBilingual();
  const top = Math.max(1, ...s.terms.filter(Number.isFinite)) * 1.1;
  const list = s.terms
    .map((v, i) => (i === s.target ? null : `${text(CLASS_TEXT.classLabel(i))} ${formatNumber(v)}`))
    .filter((v) => v !== null)
    .join(', ');
  return (
    <DraggableBars
      title={text(MM.termsTitle(n))}
      summary={text(MM.termsSummary(list, s.scores.length, formatNumber(s.loss)))}
      values={s.terms}
      labels={s.terms.map((_, i) => String(i))}
      domain={[0, top]}
      highlighted={s.target}
      highlightLabel={text(MM.leftOut)}
      className="c1"
      testId="hinge-bars"
    />
  );
}
