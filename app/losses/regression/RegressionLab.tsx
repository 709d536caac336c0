import { useDeferredValue, useMemo } from 'react';
import { getLoss, type KeywordMeta } from '../../../src/index.ts';
import { useBilingual } from '../../i18n/useStrings.ts';
import { NumberControl } from '../../panel/controls/NumberControl.tsx';
import { flatten } from '../../panel/nested.ts';
import { useAppStore } from '../../store/appStore.ts';
import { CurveToggles } from './CurveToggles.tsx';
import { HuberRelation } from './HuberRelation.tsx';
import { LossComparison } from './LossComparison.tsx';
import { OutlierDemo } from './OutlierDemo.tsx';
import { REGRESSION_LOSSES } from './regressionLosses.ts';
import { LAB } from './strings.ts';
import { useLabKnobs } from './useLabKnobs.ts';

export interface RegressionLabProps {
  /** The page's own loss: emphasised, and its keyword control is the page's, not repeated here. */
  readonly name: string;
}

function numberKeyword(loss: string, keyword: string) {
  const kw = getLoss(loss).meta.keywords.find((k) => k.name === keyword);
  if (kw?.kind !== 'number') throw new Error(`internal: ${loss}.${keyword} is not a number`);
  return kw as Extract<KeywordMeta, { kind: 'number' }>;
}

const BETA = numberKeyword('SmoothL1Loss', 'beta');
const DELTA = numberKeyword('HuberLoss', 'delta');

/**
 * What every regression panel shares below its own plots: the four losses overlaid, the
 * Huber/SmoothL1 identity checked, and the outlier demonstration.
 */
export function RegressionLab({ name }: RegressionLabProps) {
  const text = useBilingual();
  const knobs = useLabKnobs();
  const hidden = useAppStore((s) => s.regressionLab.hidden);
  const shown = useMemo(() => REGRESSION_LOSSES.filter((n) => !hidden.includes(n)), [hidden]);
  const input = useAppStore((s) => s.losses[name]?.tensors['input']);
  const target = useAppStore((s) => s.losses[name]?.tensors['target']);
  const highlight = useAppStore((s) => s.losses[name]?.highlight ?? 0);
  const x = input === undefined ? undefined : flatten(input)[highlight];
  const y = target === undefined ? undefined : flatten(target)[highlight];
  const element = useMemo(
    () => (x !== undefined && y !== undefined ? { index: highlight, residual: x - y } : null),
    [highlight, x, y],
  );
  // The figures below follow β, δ and the example a frame later, in a render React may
  // interrupt, so that a slider at the top of the page answers in the frame it moved in.
  const settledKnobs = useDeferredValue(knobs);
  const settledElement = useDeferredValue(element);

  return (
    <section className="regression-lab" aria-labelledby="regression-lab-title">
      <h3 id="regression-lab-title">{text(LAB.title)}</h3>
      <p>{text(LAB.intro)}</p>
      <div className="lab-toolbar">
        <CurveToggles current={name} knobs={knobs} />
        {name !== 'SmoothL1Loss' && (
          <NumberControl
            name="beta"
            value={knobs.beta}
            min={BETA.min}
            max={BETA.max}
            step={BETA.step}
            description={text(LAB.betaDoc)}
            onChange={knobs.setBeta}
          />
        )}
        {name !== 'HuberLoss' && (
          <NumberControl
            name="delta"
            value={knobs.delta}
            min={DELTA.min}
            max={DELTA.max}
            step={DELTA.step}
            description={text(LAB.deltaDoc)}
            onChange={knobs.setDelta}
          />
        )}
      </div>
      <LossComparison current={name} shown={shown} knobs={settledKnobs} />
      <HuberRelation knobs={settledKnobs} setBeta={knobs.setBeta} element={settledElement} />
      <OutlierDemo current={name} shown={shown} knobs={settledKnobs} />
    </section>
  );
}
