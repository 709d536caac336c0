import { useId } from 'react';
import type { Animation } from './useAnimation.ts';
import { SPEEDS } from './useAnimation.ts';
import { useCtcStrings } from './useCtcStrings.ts';

/** Play, pause, single steps, a scrubber and a speed choice for the lattice animation. */
export function AnimationControls({ animation, frames }: { animation: Animation; frames: number }) {
  const s = useCtcStrings();
  const id = useId();
  const { info, last, playing, go } = animation;
  const text = s.stepText(info.phase, info.column, frames);
  return (
    <div className="ctc-animation" role="group" aria-label={s.scrubber}>
      <div className="ctc-buttons">
        <button
          type="button"
          aria-label={s.toStart}
          onClick={() => go(0)}
          disabled={info.step === 0}
        >
          |◀
        </button>
        <button
          type="button"
          aria-label={s.stepBack}
          onClick={() => go(info.step - 1)}
          disabled={info.step === 0}
        >
          ◀ 1
        </button>
        <button
          type="button"
          className="ctc-play"
          aria-label={playing ? s.pause : s.play}
          onClick={animation.toggle}
        >
          {playing ? '⏸' : '▶'} {playing ? s.pause : s.play}
        </button>
        <button
          type="button"
          aria-label={s.stepForward}
          onClick={() => go(info.step + 1)}
          disabled={info.step >= last}
        >
          1 ▶
        </button>
        <button
          type="button"
          aria-label={s.toEnd}
          onClick={() => go(last)}
          disabled={info.step >= last}
        >
          ▶|
        </button>
        <label className="ctc-speed" htmlFor={`${id}-speed`}>
          {s.speed}
          <select
            id={`${id}-speed`}
            value={animation.speed}
            onChange={(e) => animation.setSpeed(Number(e.target.value))}
          >
            {SPEEDS.map((v) => (
              <option key={v} value={v}>
                {v}×
              </option>
            ))}
          </select>
        </label>
      </div>
      <input
        type="range"
        className="ctc-scrubber"
        aria-label={s.scrubber}
        aria-valuetext={text}
        min={0}
        max={last}
        step={1}
        value={info.step}
        onChange={(e) => {
          animation.pause();
          go(Number(e.target.value));
        }}
      />
      <p
        className="ctc-step-text"
        aria-live={playing ? 'off' : 'polite'}
        data-testid="ctc-step"
        data-step={info.step}
      >
        {text}
      </p>
    </div>
  );
}
