import type { MultiLabelSoftMarginSample } from '../../../src/index.ts';
import { formatNumber } from '../../format.ts';
import { useBilingual } from '../../i18n/useStrings.ts';
import { useCurveAlong } from '../../panel/useCurveAlong.ts';
import { LinePlot } from '../../plot/LinePlot.tsx';
import { CLASS_TEXT } from '../../panel/classText.ts';
import { MS } from './strings.ts';

export interface LogisticCurvesProps {
  /** The shown sample, unweighted: each class's own logistic loss. */
  readonly s: MultiLabelSoftMarginSample;
}

/** The loss of one class alone (C = 1, no weight) as its logit sweeps, for target y. */
function useClassCurve(y: number, from: number, to: number) {
  return useCurveAlong({
    name: 'MultiLabelSoftMarginLoss',
    inputs: { input: [0], target: [y] },
    options: { reduction: 'sum' },
    argument: 'input',
    index: 0,
    from,
    to,
  });
}

/**
 * The two logistic curves every class sits on, y = 1 falling and y = 0 rising, with the shown
 * sample's classes as markers at their unweighted terms.
 */
export function LogisticCurves({ s }: LogisticCurvesProps) {
  const text = useBilingual();
  const finite = s.logits.filter(Number.isFinite);
  const from = Math.min(-5, Math.floor(Math.min(...finite)) - 1);
  const to = Math.max(5, Math.ceil(Math.max(...finite)) + 1);
  const present = useClassCurve(1, from, to);
  const absent = useClassCurve(0, from, to);
  if (!present || !absent) return null;
  const onCurve = s.logits
    .map((x, c) => ({ c, x, y: s.targets[c] ?? Number.NaN, loss: s.terms[c] ?? Number.NaN }))
    .filter((p) => p.y === 0 || p.y === 1);
  const points = onCurve
    .map(
      (p) =>
        `${text(CLASS_TEXT.classLabel(p.c))} (y = ${p.y}): x = ${formatNumber(p.x)}, ${formatNumber(p.loss)}.`,
    )
    .join(' ');
  return (
    <LinePlot
      title={text(MS.curvesTitle)}
      summary={text(MS.curvesSummary(points))}
      xLabel={text(MS.logit)}
      yLabel="ℓ_c"
      series={[
        {
          id: 'present',
          label: text(MS.curveName(1)),
          xs: present.x,
          ys: present.loss,
          className: 'c0',
        },
        {
          id: 'absent',
          label: text(MS.curveName(0)),
          xs: absent.x,
          ys: absent.loss,
          className: 'c1',
        },
      ]}
      markers={onCurve.map((p) => ({
        x: p.x,
        y: p.loss,
        label: `${text(CLASS_TEXT.classLabel(p.c))}: ${formatNumber(p.loss)}`,
        highlighted: false,
      }))}
      width={440}
      height={260}
      testId="logistic-curves"
    />
  );
}
