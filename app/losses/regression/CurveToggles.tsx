import { formatNumber } from '../../format.ts';
import { useBilingual } from '../../i18n/useStrings.ts';
import { appStore, useAppStore } from '../../store/appStore.ts';
import { LOSS_CLASS, lossLabel, REGRESSION_LOSSES, type Knobs } from './regressionLosses.ts';
import { LAB } from './strings.ts';

export interface CurveTogglesProps {
  /** The loss of the page, marked and emphasised. */
  readonly current: string;
  readonly knobs: Knobs;
}

/** One checkbox per loss, named by its class, switching it in the overlay and the demo. */
export function CurveToggles({ current, knobs }: CurveTogglesProps) {
  const text = useBilingual();
  const hidden = useAppStore((s) => s.regressionLab.hidden);
  return (
    <fieldset className="control curve-toggles">
      <legend className="control-name">{text(LAB.shown)}</legend>
      <div className="toggle-row">
        {REGRESSION_LOSSES.map((name) => (
          <label key={name} className={`toggle ${LOSS_CLASS[name]}`}>
            <input
              type="checkbox"
              aria-label={name}
              checked={!hidden.includes(name)}
              onChange={(e) => appStore.getState().setCurveShown(name, e.target.checked)}
            />
            <span className="swatch" aria-hidden="true" />
            <span className={name === current ? 'toggle-name current' : 'toggle-name'}>
              {lossLabel(name, knobs, formatNumber)}
              {name === current && <small> ({text(LAB.thisPanel)})</small>}
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
