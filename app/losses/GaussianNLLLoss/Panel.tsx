import type { NestedNumbers } from '../../../src/index.ts';
import { flatten, setAt, shapeOf } from '../../panel/nested.ts';
import { PanelFrame } from '../../panel/PanelFrame.tsx';
import { useLossEvaluation } from '../../panel/useLossEvaluation.ts';
import { appStore, useAppStore } from '../../store/appStore.ts';
import { defaultLossState } from '../../store/lossState.ts';
import type { PanelProps } from '../types.ts';
import { ElementSliders } from './ElementSliders.tsx';
import { GaussianPlots } from './GaussianPlots.tsx';
import { gaussianLiveTex } from './liveTex.ts';
import { GAUSSIAN_STRINGS } from './strings.ts';
import { useGaussianCurves } from './useGaussianCurves.ts';
import { unravel, varPathOf, varShapeKind } from './varShape.ts';
import { VarShapeControl } from './VarShapeControl.tsx';

function valueAt(v: NestedNumbers, path: readonly number[]): number {
  let cursor: NestedNumbers = v;
  for (const i of path) cursor = Array.isArray(cursor) ? (cursor[i] ?? Number.NaN) : cursor;
  return typeof cursor === 'number' ? cursor : Number.NaN;
}

const bracket = (path: readonly number[]) => (path.length === 0 ? '' : `[${path.join(', ')}]`);

export default function GaussianNLLLossPanel({ name }: PanelProps) {
  const text = GAUSSIAN_STRINGS[useAppStore((s) => s.lang)];
  const state = useAppStore((s) => s.losses[name]) ?? defaultLossState(name);
  const evaluation = useLossEvaluation(name, state);
  const input = state.tensors['input'] ?? [];
  const target = state.tensors['target'] ?? [];
  const variance = state.tensors['var'] ?? [];
  const inputShape = shapeOf(input);
  const xs = flatten(input);
  const h = Math.min(state.highlight, Math.max(0, xs.length - 1));
  const kind = varShapeKind(inputShape, shapeOf(variance));
  const path = unravel(h, inputShape);
  const varPath = kind === null ? null : varPathOf(kind, inputShape, h);
  const element = {
    x: xs[h] ?? Number.NaN,
    // The example's target has input's shape; a broadcasting one from a link is read the same way.
    y: flatten(target)[h] ?? flatten(target)[0] ?? Number.NaN,
    v: varPath === null ? Number.NaN : valueAt(variance, varPath),
  };
  const curves = useGaussianCurves(element, state.params);
  const perLoss = evaluation.ok ? flatten(evaluation.perElement.output) : [];
  const loss = perLoss[h] ?? Number.NaN;
  const eps = typeof state.params['eps'] === 'number' ? state.params['eps'] : 1e-6;
  const store = appStore.getState();

  return (
    <PanelFrame
      name={name}
      state={state}
      evaluation={evaluation}
      liveTex={
        evaluation.ok && varPath !== null
          ? gaussianLiveTex({
              where: path.join(', '),
              ...element,
              eps,
              full: state.params['full'] === true,
              loss,
            })
          : null
      }
      explainError={(m) =>
        /negative/.test(m) ? text.negativeVar : /incorrect size/.test(m) ? text.varSize : null
      }
      highlightArgs={kind === 'same' ? ['input', 'target', 'var'] : ['input', 'target']}
      sideControls={
        <VarShapeControl
          input={input}
          variance={variance}
          text={text}
          onChange={(v) => store.setTensor(name, 'var', v)}
        />
      }
    >
      {varPath !== null && (
        <ElementSliders
          where={bracket(path)}
          varWhere={bracket(varPath)}
          x={element.x}
          v={element.v}
          shared={kind !== 'same'}
          text={text}
          onMean={(x) => store.setTensor(name, 'input', setAt(input, path, x))}
          onVar={(v) => store.setTensor(name, 'var', setAt(variance, varPath, v))}
        />
      )}
      <GaussianPlots text={text} element={element} curves={curves} eps={eps} />
    </PanelFrame>
  );
}
