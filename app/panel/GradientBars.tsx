import { formatNumber } from '../format.ts';
import { useBilingual } from '../i18n/useStrings.ts';
import { DraggableBars } from '../plot/DraggableBars.tsx';
import { CLASS_TEXT } from './classText.ts';

export interface GradientBarsProps {
  readonly title: string;
  /** ∂L/∂x of the shown sample, one entry per class. */
  readonly grad: readonly number[];
  readonly marked: readonly number[];
  readonly testId?: string;
}

/** One sample's gradient as read-only bars on a symmetric axis (up = the loss grows with x). */
export function GradientBars({ title, grad, marked, testId }: GradientBarsProps) {
  const text = useBilingual();
  const top = Math.max(0.1, ...grad.filter(Number.isFinite).map(Math.abs)) * 1.4;
  const list = grad
    .map((g, c) => `${text(CLASS_TEXT.classLabel(c))} ${formatNumber(g)}`)
    .join(', ');
  return (
    <DraggableBars
      title={title}
      summary={`${title}: ${list}.`}
      values={grad}
      labels={grad.map((_, c) => String(c))}
      domain={[-top, top]}
      highlighted={marked}
      highlightLabel={text(CLASS_TEXT.targetMark)}
      className="c1"
      height={200}
      {...(testId ? { testId } : {})}
    />
  );
}
