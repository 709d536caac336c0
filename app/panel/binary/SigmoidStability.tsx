import { useMemo, useState } from 'react';
import { compareSigmoidBce, type SigmoidBceComparison } from '../../../src/index.ts';
import { formatNumber } from '../../format.ts';
import { LinePlot } from '../../plot/LinePlot.tsx';
import { useAppStore } from '../../store/appStore.ts';
import { CodeBlock } from '../CodeBlock.tsx';
import { NumberControl } from '../controls/NumberControl.tsx';
import { SegmentedControl } from '../controls/SegmentedControl.tsx';
import { precise } from './precise.ts';
import { stabilityCode, type StabilityPoint } from './stabilityCode.ts';
import { StabilityReadout } from './StabilityReadout.tsx';
import { STABILITY_STRINGS } from './stabilityStrings.ts';

/** ±150 shows both failures: σ rounding to 1 from z ≈ 37, and the −100 clamp at z = −100. */
const REACH = 150;
const GRID = Array.from({ length: 1201 }, (_, i) => -REACH + (i * 2 * REACH) / 1200);

function pointOf(r: SigmoidBceComparison, logit: number, target: number): StabilityPoint {
  return {
    logit,
    target,
    probability: r.probability[0] ?? Number.NaN,
    naiveLoss: r.naiveLoss[0] ?? Number.NaN,
    naiveGrad: r.naiveGrad[0] ?? Number.NaN,
    fusedLoss: r.fusedLoss[0] ?? Number.NaN,
    fusedGrad: r.fusedGrad[0] ?? Number.NaN,
  };
}

/** The logits where BCELoss had to clamp, as one interval (they are contiguous for y ∈ {0, 1}). */
function clampedRange(r: SigmoidBceComparison): { from: number; to: number } | null {
  const first = r.naiveClamped.indexOf(1);
  const last = r.naiveClamped.lastIndexOf(1);
  return first < 0 ? null : { from: r.logit[first] ?? 0, to: r.logit[last] ?? 0 };
}

/**
 * Sigmoid followed by BCELoss against BCEWithLogitsLoss for one logit z the user picks, with both
 * numbers (loss and gradient) and both curves over ±150: the first saturates at the −100 clamp,
 * the second stays exact. Local state: a demonstration, not part of the loss's settings.
 */
export function SigmoidStability() {
  const text = STABILITY_STRINGS[useAppStore((s) => s.lang)];
  const [z, setZ] = useState(40);
  const [y, setY] = useState(0);
  const curve = useMemo(() => compareSigmoidBce({ logits: GRID, target: y }), [y]);
  const single = useMemo(() => compareSigmoidBce({ logits: [z], target: y }), [z, y]);
  const point = pointOf(single, z, y);
  const clamped = single.naiveClamped[0] === 1;
  const range = clampedRange(curve);
  const zText = formatNumber(z);
  const markers = (naive: number, exact: number) => [
    { x: z, y: naive, label: `${text.naiveSeries}: ${precise(naive)}`, highlighted: true },
    { x: z, y: exact, label: `${text.exactSeries}: ${precise(exact)}`, highlighted: false },
  ];
  const series = (naive: Float64Array, exact: Float64Array) => [
    { id: 'exact', label: text.exactSeries, xs: curve.logit, ys: exact, className: 'c0' },
    { id: 'naive', label: text.naiveSeries, xs: curve.logit, ys: naive, className: 'c1' },
  ];

  return (
    <section className="stability" aria-label={text.title}>
      <h3>{text.title}</h3>
      <p>{text.intro}</p>
      <div className="stability-grid">
        <div className="stability-side">
          <NumberControl
            name={text.z}
            value={z}
            min={-REACH}
            max={REACH}
            step={0.5}
            description={text.zDoc}
            onChange={setZ}
          />
          <SegmentedControl
            name={text.y}
            value={String(y)}
            choices={['0', '1']}
            description={text.yDoc}
            onChange={(v) => setY(Number(v))}
          />
          <StabilityReadout point={point} clamped={clamped} text={text} />
        </div>
        <div className="plots">
          <LinePlot
            title={text.lossPlot}
            summary={text.summary(precise(point.naiveLoss), precise(point.fusedLoss), zText)}
            xLabel={text.zAxis}
            yLabel={text.lossAxis}
            series={series(curve.naiveLoss, curve.fusedLoss)}
            markers={markers(point.naiveLoss, point.fusedLoss)}
            {...(range ? { band: { ...range, label: text.band } } : {})}
            testId="stability-plot"
          />
          <LinePlot
            title={text.gradPlot}
            summary={text.gradSummary(precise(point.naiveGrad), precise(point.fusedGrad), zText)}
            xLabel={text.zAxis}
            yLabel="∂loss / ∂z"
            series={series(curve.naiveGrad, curve.fusedGrad)}
            markers={markers(point.naiveGrad, point.fusedGrad)}
            yDomain={[-1.15, 1.15]}
            height={200}
          />
        </div>
      </div>
      <p className="stability-why">{text.why}</p>
      <CodeBlock code={stabilityCode(point)} title={text.codeTitle} testId="stability-code" />
    </section>
  );
}
