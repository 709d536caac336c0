import { formatNumber } from '../../format.ts';
import { LinePlot, type Marker, type Series } from '../../plot/LinePlot.tsx';
import { focusDomain } from '../../plot/focusDomain.ts';
import { useAppStore } from '../../store/appStore.ts';
import { defaultLossState } from '../../store/lossState.ts';
import { flatten } from '../nested.ts';
import { PanelFrame } from '../PanelFrame.tsx';
import { useLossEvaluation } from '../useLossEvaluation.ts';
import { explainBinaryError } from './explainBinaryError.ts';
import { SigmoidStability } from './SigmoidStability.tsx';
import { BINARY_STRINGS } from './strings.ts';
import { useBinaryCurves, type BinaryAxis } from './useBinaryCurves.ts';

/** One element's numbers, for the formula with live values. */
export interface BinaryElement {
  readonly index: number;
  readonly x: number;
  readonly y: number;
  /** Its weight and pos_weight, null where the keyword is None. */
  readonly weight: number | null;
  readonly posWeight: number | null;
  readonly loss: number;
}

export interface BinaryPanelProps {
  readonly name: string;
  readonly axis: BinaryAxis;
  readonly liveTex: (element: BinaryElement) => string;
}

/**
 * The panel of BCELoss and BCEWithLogitsLoss: loss and gradient against the probability or the
 * logit with the target as a parameter, a dot per example element, and the numerical-stability
 * view of sigmoid + BCELoss against the fused loss.
 */
export function BinaryPanel({ name, axis, liveTex }: BinaryPanelProps) {
  const text = BINARY_STRINGS[useAppStore((s) => s.lang)];
  const state = useAppStore((s) => s.losses[name]) ?? defaultLossState(name);
  const evaluation = useLossEvaluation(name, state);
  const xs = flatten(state.tensors['input'] ?? []);
  const ys = flatten(state.tensors['target'] ?? []);
  const h = Math.min(state.highlight, Math.max(0, xs.length - 1));
  const { curves, weight, posWeight } = useBinaryCurves(name, axis, state.params, state.tensors, h);
  const perLoss = evaluation.ok ? flatten(evaluation.perElement.output) : [];
  const perGrad = evaluation.ok ? flatten(evaluation.perElement.grads['input'] ?? []) : [];
  const reduced = evaluation.ok ? evaluation.reduced.output : null;
  const resultText = typeof reduced === 'number' ? formatNumber(reduced) : '—';

  const markers = (values: readonly number[]): Marker[] =>
    xs.map((x, i) => ({
      x,
      y: values[i] ?? Number.NaN,
      label: text.element(
        i,
        formatNumber(ys[i] ?? Number.NaN),
        formatNumber(values[i] ?? Number.NaN),
      ),
      highlighted: i === h,
    }));
  const series = (kind: 'loss' | 'grad'): Series[] =>
    curves.map((c, k) => ({
      id: `${kind}-y${c.target}`,
      label: text.target(formatNumber(c.target)),
      xs: c.x,
      ys: c[kind],
      className: `c${k}`,
    }));
  // On [0, 1] the loss and its gradient run off to the clamp (100) and to ±10¹²: focus on the
  // middle, but keep every example element in view.
  const onProbability = axis === 'probability';
  const lossDomain = onProbability
    ? focusDomain(
        curves.map((c) => c.loss),
        { skipLeft: 0.02, skipRight: 0.02, keep: perLoss, zero: true },
      )
    : undefined;
  const gradDomain = onProbability
    ? focusDomain(
        curves.map((c) => c.grad),
        { skipLeft: 0.1, skipRight: 0.1, keep: perGrad.filter((g) => Math.abs(g) < 1e3) },
      )
    : undefined;
  const xLabel = onProbability ? text.xProbability : text.xLogit;

  return (
    <PanelFrame
      name={name}
      state={state}
      evaluation={evaluation}
      liveTex={
        evaluation.ok && xs.length > 0
          ? liveTex({
              index: h,
              x: xs[h] ?? Number.NaN,
              y: ys[h] ?? Number.NaN,
              weight,
              posWeight,
              loss: perLoss[h] ?? Number.NaN,
            })
          : null
      }
      explainError={(m) => explainBinaryError(m, text)}
      below={<SigmoidStability />}
    >
      <div className="plots" data-testid="plot">
        <LinePlot
          title={text.lossPlot}
          summary={text.lossSummary(name, resultText)}
          xLabel={xLabel}
          yLabel={text.lossAxis}
          series={series('loss')}
          markers={markers(perLoss)}
          {...(lossDomain ? { yDomain: lossDomain } : {})}
        />
        <LinePlot
          title={text.gradPlot}
          summary={text.gradSummary(name, perGrad.map((g) => formatNumber(g)).join(', ') || '—')}
          xLabel={xLabel}
          yLabel={text.gradAxis}
          series={series('grad')}
          markers={markers(perGrad)}
          {...(gradDomain ? { yDomain: gradDomain } : {})}
          height={220}
        />
        {(weight !== null || posWeight !== null) && (
          <p className="plot-note">
            {text.curvesUse(
              h,
              weight === null ? null : formatNumber(weight),
              posWeight === null ? null : formatNumber(posWeight),
            )}
          </p>
        )}
      </div>
    </PanelFrame>
  );
}
