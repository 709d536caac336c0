import { useId } from 'react';
import { formatNumber } from '../../format.ts';
import { useBilingual } from '../../i18n/useStrings.ts';
import { NumberControl } from '../../panel/controls/NumberControl.tsx';
import { T } from './strings.ts';

export interface StepControlProps {
  readonly lr: number;
  readonly onLr: (lr: number) => void;
  readonly onStep: () => void;
  readonly onReset: () => void;
  /** The result before and after the last step, if there was one. */
  readonly last: { readonly before: number; readonly after: number } | null;
  readonly disabled: boolean;
}

/** A learning rate, a "step" button for one gradient-descent step, and what it did. */
export function StepControl({ lr, onLr, onStep, onReset, last, disabled }: StepControlProps) {
  const text = useBilingual();
  const id = useId();
  return (
    <section className="step-control" aria-label={text(T.stepTitle)}>
      <h4>{text(T.stepTitle)}</h4>
      <div className="step-row">
        <button
          type="button"
          className="step-button"
          onClick={onStep}
          disabled={disabled}
          aria-describedby={`${id}-doc`}
        >
          {text(T.step)}
        </button>
        <button type="button" onClick={onReset}>
          {text(T.resetPoints)}
        </button>
      </div>
      <p id={`${id}-doc`} className="control-doc">
        {text(T.stepDoc)}
      </p>
      <NumberControl
        name={text(T.lr)}
        value={lr}
        min={0.05}
        max={2}
        step={0.05}
        description={text(T.lrDoc)}
        onChange={onLr}
      />
      {last && (
        <p className="step-result" data-testid="step-result" aria-live="polite">
          {text(T.lastStep(formatNumber(last.before), formatNumber(last.after)))}
        </p>
      )}
    </section>
  );
}
