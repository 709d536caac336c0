import { PRESETS, type PresetId } from './presets.ts';
import { useCtcStrings } from './useCtcStrings.ts';

export interface PresetsProps {
  readonly current: PresetId | 'custom';
  /** 'tooFew' needs a target of at least two frames. */
  readonly minFrames: number;
  readonly onPreset: (id: PresetId) => void;
}

/** Four teaching situations, each one click away; the one in use is pressed. */
export function Presets({ current, minFrames, onPreset }: PresetsProps) {
  const s = useCtcStrings();
  return (
    <div className="control ctc-presets" role="group" aria-labelledby="ctc-presets-title">
      <span id="ctc-presets-title" className="control-name">
        {s.presets}
      </span>
      <ul>
        {PRESETS.map((id) => {
          const disabled = id === 'tooFew' && minFrames <= 1;
          return (
            <li key={id}>
              <button
                type="button"
                aria-pressed={current === id}
                disabled={disabled}
                title={disabled ? s.tooFewDisabled : undefined}
                onClick={() => onPreset(id)}
              >
                {s.preset(id)}
              </button>
              <span className="control-doc">{disabled ? s.tooFewDisabled : s.presetDoc(id)}</span>
            </li>
          );
        })}
      </ul>
      {current === 'custom' && (
        <p className="control-doc">
          {s.currentPreset}: {s.preset('custom')}
        </p>
      )}
    </div>
  );
}
