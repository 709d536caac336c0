import { memo, useId } from 'react';
import { useBilingual } from '../../i18n/useStrings.ts';
import { appStore, useAppStore } from '../../store/appStore.ts';
import type { FitModel } from '../../store/regressionLabSlice.ts';
import { LAB } from './strings.ts';

const MODELS: readonly FitModel[] = ['constant', 'line'];

/** Constant or line: what the demo fits to the points. Memoised: it has no props. */
export const FitModelControl = memo(function FitModelControl() {
  const text = useBilingual();
  const id = useId();
  const model = useAppStore((s) => s.regressionLab.model);
  return (
    <fieldset className="control segmented" role="radiogroup" aria-label={text(LAB.model)}>
      <legend className="control-name">{text(LAB.model)}</legend>
      <div className="segments">
        {MODELS.map((m) => (
          <label key={m} className={m === model ? 'segment selected' : 'segment'}>
            <input
              type="radio"
              name={`${id}-model`}
              value={m}
              checked={m === model}
              onChange={() => appStore.getState().setFitModel(m)}
            />
            {text(LAB[m])}
          </label>
        ))}
      </div>
    </fieldset>
  );
});
