import { useId } from 'react';
import { formatNumber } from '../../format.ts';
import { useBilingual } from '../../i18n/useStrings.ts';
import { setFlat } from '../../panel/setFlat.ts';
import { updateTensors } from '../../panel/updateTensors.ts';
import { PLANE_STRINGS } from '../../plot/planeStrings.ts';
import { appStore } from '../../store/appStore.ts';
import type { LossState } from '../../store/lossState.ts';
import { CosineCurves } from './CosineCurves.tsx';
import type { CosinePair } from './cosinePairs.ts';
import { C } from './strings.ts';
import { VectorPlane } from './VectorPlane.tsx';

export interface PairGeometryProps {
  readonly name: string;
  readonly state: LossState;
  readonly pairs: readonly CosinePair[];
  readonly shown: number;
  readonly margin: number;
}

/** The geometry section: which pair, its two vectors in the plane, and loss against cos θ. */
export function PairGeometry({ name, state, pairs, shown, margin }: PairGeometryProps) {
  const text = useBilingual();
  const id = useId();
  const pair = pairs[shown];
  const select = (n: number) => {
    if (appStore.getState().losses[name]?.highlight !== n)
      appStore.getState().setHighlight(name, n);
  };
  const move = (which: 1 | 2, x: number, y: number) => {
    const arg = which === 1 ? 'input1' : 'input2';
    const value = state.tensors[arg] ?? [];
    updateTensors(name, { [arg]: setFlat(setFlat(value, 2 * shown, x), 2 * shown + 1, y) }, shown);
  };
  const planar = pair !== undefined && pair.v1.length === 2 && pair.v2.length === 2;
  return (
    <section className="cosine-geometry" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{text(C.title)}</h3>
      <p className="plot-intro">
        {text(C.intro)} <span className="hint">{text(PLANE_STRINGS.dragHint)}</span>
      </p>
      {pairs.length > 1 && (
        <fieldset className="pair-picker" role="radiogroup" aria-label={text(C.pairShown)}>
          <span className="control-name">{text(C.pairShown)}</span>
          <div className="segments">
            {pairs.map((p) => (
              <label key={p.n} className={p.n === shown ? 'segment selected' : 'segment'}>
                <input
                  type="radio"
                  name={`${id}-pair`}
                  checked={p.n === shown}
                  onChange={() => select(p.n)}
                />
                {text(C.pairName(p.n, p.y))}
              </label>
            ))}
          </div>
        </fieldset>
      )}
      {pair && (
        <p className="plane-readout" data-testid="cosine-readout">
          {text(C.pairName(pair.n, pair.y))}
          {text(C.colon)}cos θ = <strong>{formatNumber(pair.cosine)}</strong> · θ ={' '}
          <strong>{formatNumber(pair.degrees, 3)}°</strong> · ℓ ={' '}
          <strong>{formatNumber(pair.loss)}</strong>
        </p>
      )}
      <div className="planes">
        {planar && pair ? (
          <VectorPlane pair={pair} margin={margin} onMove={move} onActivate={() => select(shown)} />
        ) : (
          pair &&
          (pair.v1.length !== 2 || pair.v2.length > 0) && (
            <p className="note">
              {text(C.notTwoD(pair.v1.length !== 2 ? pair.v1.length : pair.v2.length))}
            </p>
          )
        )}
        <CosineCurves pairs={pairs} margin={margin} shown={shown} />
      </div>
      {planar && pair && (
        <ul className="legend plane-legend">
          <li className="c3">
            <span className="field-key" aria-hidden="true">
              <span />
            </span>
            {text(C.legendShading)}
          </li>
          <li className="c1">
            <span className="swatch arrow-swatch" aria-hidden="true" />
            {text(C.legendArrow)}
          </li>
          {pair.y === 1 && (
            <li>
              <span className="swatch zero-ray-swatch" aria-hidden="true" />
              {text(C.alongX1)}
            </li>
          )}
          {pair.y === -1 && Math.abs(margin) < 1 && (
            <li>
              <span className="swatch margin-ray-swatch" aria-hidden="true" />
              {text(C.marginRay)}
            </li>
          )}
        </ul>
      )}
    </section>
  );
}
