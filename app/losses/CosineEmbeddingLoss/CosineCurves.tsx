import { useMemo } from 'react';
import { sampleCosineEmbeddingCurve } from '../../../src/index.ts';
import { formatNumber } from '../../format.ts';
import { useBilingual } from '../../i18n/useStrings.ts';
import { L } from '../../panel/labelCurveStrings.ts';
import { unlessRefused } from '../../panel/unlessRefused.ts';
import { LinePlot } from '../../plot/LinePlot.tsx';
import type { CosinePair } from './cosinePairs.ts';
import { C } from './strings.ts';

const POINTS = 401;

function curves(margin: number) {
  return unlessRefused(() =>
    [1, -1].map((y) => ({
      y,
      ...sampleCosineEmbeddingCurve({ target: y, points: POINTS, options: { margin } }),
    })),
  );
}

/** The loss against cos θ for y = ±1, each pair a marker on its label's curve. */
export function CosineCurves({
  pairs,
  margin,
  shown,
}: {
  pairs: readonly CosinePair[];
  margin: number;
  shown: number;
}) {
  const text = useBilingual();
  const samples = useMemo(() => curves(margin), [margin]);
  if (!samples) return null;
  const onCurve = pairs.filter((p) => (p.y === 1 || p.y === -1) && Number.isFinite(p.cosine));
  const points = onCurve
    .map((p) =>
      text({
        en: `Pair ${p.n}: cos θ = ${formatNumber(p.cosine)}, loss ${formatNumber(p.loss)}.`,
        zh: `第 ${p.n} 对：cos θ = ${formatNumber(p.cosine)}，损失 ${formatNumber(p.loss)}。`,
      }),
    )
    .join(' ');
  return (
    <LinePlot
      title={text(C.curveTitle)}
      summary={text(C.curveSummary(formatNumber(margin), points))}
      xLabel={text(C.cosAxis)}
      yLabel="ℓ"
      series={samples.map((c) => ({
        id: `cos-${c.y}`,
        label: text(L.labelName(c.y)),
        xs: c.cosine,
        ys: c.loss,
        className: c.y === 1 ? 'c0' : 'c1',
      }))}
      markers={onCurve.map((p) => ({
        x: p.cosine,
        y: p.loss,
        label: text(C.pairName(p.n, p.y)),
        highlighted: p.n === shown,
      }))}
      {...(margin < 1 ? { band: { from: Math.max(-1, margin), to: 1, label: text(C.pays) } } : {})}
      width={400}
      height={300}
      testId="cosine-curves"
    />
  );
}
