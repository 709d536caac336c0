import { useState } from 'react';
import { evaluateLoss, getLoss, LossInputError } from '../../../src/index.ts';
import { useBilingual, useStrings } from '../../i18n/useStrings.ts';
import { NumberControl } from '../../panel/controls/NumberControl.tsx';
import type { LossState } from '../../store/lossState.ts';

export interface BlankControlProps {
  readonly name: string;
  readonly state: LossState;
  readonly blank: number;
  readonly classes: number;
  readonly onBlank: (blank: number) => void;
}

/**
 * The `blank` keyword. A valid index moves ε's column (the letters keep their order around it).
 * A value CTCLoss refuses is not applied: the core's reason is shown and the last good blank stays.
 */
export function BlankControl({ name, state, blank, classes, onBlank }: BlankControlProps) {
  const t = useStrings();
  const text = useBilingual();
  const [refusal, setRefusal] = useState<string | null>(null);
  const doc = getLoss(name).meta.keywords.find((k) => k.name === 'blank')?.doc;
  const onChange = (value: number) => {
    try {
      evaluateLoss(name, state.tensors, { ...state.params, blank: value });
    } catch (e) {
      if (!(e instanceof LossInputError)) throw e;
      setRefusal(e.message);
      return;
    }
    setRefusal(null);
    if (value !== blank) onBlank(value);
  };
  return (
    <div className="ctc-blank">
      <NumberControl
        name="blank"
        value={blank}
        min={0}
        max={classes - 1}
        step={1}
        description={doc ? text(doc) : ''}
        onChange={onChange}
      />
      {refusal && (
        <p className="compute-error" role="alert">
          {t.computeError} {refusal}
        </p>
      )}
    </div>
  );
}
