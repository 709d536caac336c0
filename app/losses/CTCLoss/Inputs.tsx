import { useState } from 'react';
import { NumberControl } from '../../panel/controls/NumberControl.tsx';
import type { LossState } from '../../store/lossState.ts';
import type { ctcActions } from './actions.ts';
import { BlankControl } from './BlankControl.tsx';
import type { CtcModel } from './ctcModel.ts';
import { MAX_FRAMES } from './ctcModel.ts';
import { Presets } from './Presets.tsx';
import { TargetInput } from './TargetInput.tsx';
import { useCtcStrings } from './useCtcStrings.ts';

export interface InputsProps {
  readonly name: string;
  readonly state: LossState;
  readonly model: CtcModel;
  readonly actions: ReturnType<typeof ctcActions>;
}

/** The target text, its classes, T, blank and the presets. */
export function Inputs({ name, state, model, actions }: InputsProps) {
  const s = useCtcStrings();
  const [raised, setRaised] = useState<{ word: string; frames: number } | null>(null);
  return (
    <div className="controls ctc-inputs">
      <TargetInput
        word={model.word}
        onWord={(word) => {
          const frames = actions.word(word);
          setRaised(frames === null ? null : { word, frames });
        }}
      />
      {raised && raised.word === model.word && (
        <p className="note" role="status">
          {s.raisedFrames(raised.word, raised.frames)}
        </p>
      )}
      <div className="control ctc-alphabet">
        <span className="control-name">{s.alphabet}</span>
        <ol className="ctc-classes" aria-label={s.alphabet}>
          {model.symbols.map((sym, k) => (
            <li key={k} className={k === model.blank ? 'blank' : undefined}>
              <span className="ctc-class-index">{k}</span>
              <span className="ctc-class-symbol">{sym}</span>
            </li>
          ))}
        </ol>
        <p className="control-doc">{s.alphabetNote}</p>
      </div>
      <NumberControl
        name={s.frames}
        value={model.frames}
        min={1}
        max={MAX_FRAMES}
        step={1}
        description={s.framesDoc(model.minFrames)}
        onChange={(frames) => actions.frames(frames)}
      />
      <BlankControl
        name={name}
        state={state}
        blank={model.blank}
        classes={model.classes}
        onBlank={actions.blank}
      />
      <Presets current={model.preset} minFrames={model.minFrames} onPreset={actions.preset} />
    </div>
  );
}
