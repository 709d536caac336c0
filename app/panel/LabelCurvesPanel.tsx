import type { Bilingual } from '../../src/index.ts';
import { formatNumber } from '../format.ts';
import { useBilingual, useStrings } from '../i18n/useStrings.ts';
import type { KeywordValue } from '../losses/types.ts';
import { LinePlot } from '../plot/LinePlot.tsx';
import { PLANE_STRINGS } from '../plot/planeStrings.ts';
import { appStore, useAppStore } from '../store/appStore.ts';
import { defaultLossState } from '../store/lossState.ts';
import { L } from './labelCurveStrings.ts';
import { CURVE_PLOT_WIDTH, LabelCurvesPlot, type ReferenceCurve } from './LabelCurvesPlot.tsx';
import { gradAxisDomain } from './gradAxisDomain.ts';
import { flatten, shapeOf } from './nested.ts';
import { PanelFrame } from './PanelFrame.tsx';
import { setFlat } from './setFlat.ts';
import { updateTensors } from './updateTensors.ts';
import { labelsToDraw, useLabelCurves } from './useLabelCurves.ts';
import { useLossEvaluation } from './useLossEvaluation.ts';

type Params = Readonly<Record<string, KeywordValue>>;

export interface LabelCurvesPanelProps {
  readonly name: string;
  /** The formula of one element with its numbers written in, as TeX. */
  readonly substitute: (x: number, y: number, loss: number, params: Params) => string;
  /** What the input x is, for the axis title. */
  readonly xLabel: Bilingual;
  /** A sentence above the plot: what to try. */
  readonly intro: Bilingual;
  /** The x-range always shown; the examples widen it to whole units when needed. */
  readonly minDomain: (params: Params) => readonly [number, number];
  /** An x-interval to shade and label, e.g. HingeEmbeddingLoss's [0, margin]. */
  readonly band?: (params: Params) => { from: number; to: number; label: Bilingual } | undefined;
  /** Thin comparison curves, computed by the core over the plot's x samples. */
  readonly references?: (params: Params, xs: Float64Array) => readonly ReferenceCurve[];
}

/**
 * The panel of a loss of an input x and a ±1 label y (HingeEmbeddingLoss, SoftMarginLoss): one
 * loss curve per label, the example elements riding on them as draggable points, the gradient
 * below, and the usual formula, keywords, tensors, code and notes.
 */
export function LabelCurvesPanel(props: LabelCurvesPanelProps) {
  const { name, substitute } = props;
  const t = useStrings();
  const text = useBilingual();
  const state = useAppStore((s) => s.losses[name]) ?? defaultLossState(name);
  const evaluation = useLossEvaluation(name, state);
  const reduction = String(state.params['reduction'] ?? 'mean');
  const input = state.tensors['input'] ?? [];
  const xs = flatten(input);
  const ys = flatten(state.tensors['target'] ?? []);
  const aligned =
    JSON.stringify(shapeOf(input)) === JSON.stringify(shapeOf(state.tensors['target'] ?? []));
  const perLoss = evaluation.ok ? flatten(evaluation.perElement.output) : [];
  const perGrad = evaluation.ok ? flatten(evaluation.reduced.grads['input'] ?? []) : [];
  const [minLo, minHi] = props.minDomain(state.params);
  const finiteXs = xs.filter(Number.isFinite);
  const lo = Math.min(minLo, Math.floor(Math.min(minLo, ...finiteXs)));
  const hi = Math.max(minHi, Math.ceil(Math.max(minHi, ...finiteXs)));
  const curves = useLabelCurves(name, state.params, labelsToDraw(aligned ? ys : []), lo, hi);
  // Cheap (one vectorised core call per curve), so computed afresh rather than memoised.
  const references =
    curves?.[0] && props.references ? props.references(state.params, curves[0].samples.x) : [];
  const gradScale = reduction === 'mean' && xs.length > 0 ? 1 / xs.length : 1;
  const h = Math.min(state.highlight, Math.max(0, xs.length - 1));
  const band = props.band?.(state.params);
  const points = aligned
    ? xs.map((x, i) => ({ i, x, y: ys[i] ?? 0, loss: perLoss[i] ?? Number.NaN }))
    : [];
  const result =
    evaluation.ok && typeof evaluation.reduced.output === 'number'
      ? formatNumber(evaluation.reduced.output)
      : '—';
  const activate = (i: number) => {
    if (appStore.getState().losses[name]?.highlight !== i)
      appStore.getState().setHighlight(name, i);
  };

  return (
    <PanelFrame
      name={name}
      state={state}
      evaluation={evaluation}
      liveTex={
        evaluation.ok && aligned && xs.length > 0
          ? substitute(xs[h] ?? 0, ys[h] ?? 0, perLoss[h] ?? Number.NaN, state.params)
          : null
      }
    >
      <p className="plot-intro">
        {text(props.intro)} <span className="hint">{text(PLANE_STRINGS.dragHint)}</span>
      </p>
      {curves && (
        <div className="plots" data-testid="plot">
          <LabelCurvesPlot
            name={name}
            curves={curves}
            references={references}
            xDomain={[lo, hi]}
            xLabel={text(props.xLabel)}
            {...(band ? { band: { ...band, label: text(band.label) } } : {})}
            points={points}
            highlight={h}
            onMove={(i, x) => updateTensors(name, { input: setFlat(input, i, x) }, i)}
            onActivate={activate}
          />
          {!aligned && <p className="note">{text(L.notAligned)}</p>}
          <LinePlot
            title={text(L.gradTitle)}
            summary={text(L.gradSummary(name, result))}
            xLabel={text(props.xLabel)}
            yLabel={t.gradientOf}
            series={curves.map((c) => ({
              id: `grad-${c.y}`,
              label: text(L.labelName(c.y)),
              xs: c.samples.x,
              ys: c.samples.grad.map((g) => g * gradScale),
              className: c.className,
            }))}
            markers={points.map((p) => ({
              x: p.x,
              y: perGrad[p.i] ?? Number.NaN,
              label: `${t.element} ${p.i}: ${formatNumber(perGrad[p.i] ?? Number.NaN)}`,
              highlighted: p.i === h,
            }))}
            yDomain={gradAxisDomain(curves.map((c) => c.samples.grad))}
            width={CURVE_PLOT_WIDTH}
            height={240}
            {...(band ? { band: { ...band, label: text(band.label) } } : {})}
          />
        </div>
      )}
    </PanelFrame>
  );
}
