import { useCallback, useEffect, useState } from 'react';
import { useTogglePlay } from '../../panel/useTogglePlay.ts';
import { appStore, useAppStore } from '../../store/appStore.ts';
import { lastStep, stepInfo, type StepInfo } from './animation.ts';

/** Milliseconds per step at speed 1×. */
const BASE_DELAY = 900;
export const SPEEDS = [0.5, 1, 2, 4] as const;

export interface Animation {
  readonly info: StepInfo;
  readonly last: number;
  readonly playing: boolean;
  readonly speed: number;
  setSpeed(speed: number): void;
  toggle(): void;
  pause(): void;
  go(step: number): void;
}

/**
 * Drives the lattice animation. The step lives in the store (a link may carry it); playing and
 * speed are this panel's own. A timer advances one step at a time, so whatever the lattice
 * becomes while playing (a new target, fewer frames), the next tick reads the clamped step.
 */
export function useAnimation(frames: number): Animation {
  const raw = useAppStore((s) => s.animationStep);
  const info = stepInfo(raw, frames);
  const last = lastStep(frames);
  const [playing, setPlaying] = useState(false);
  const [speed, setSpeed] = useState(1);
  const step = info.step;

  useEffect(() => {
    if (!playing) return undefined;
    const id = window.setTimeout(() => {
      if (step >= last) {
        setPlaying(false);
        return;
      }
      appStore.getState().setAnimationStep(step + 1);
      if (step + 1 >= last) setPlaying(false);
    }, BASE_DELAY / speed);
    return () => window.clearTimeout(id);
  }, [playing, step, last, speed]);

  const go = useCallback(
    (to: number) => appStore.getState().setAnimationStep(Math.min(last, Math.max(0, to))),
    [last],
  );
  const toggle = () => {
    if (!playing && step >= last) go(0);
    setPlaying(!playing);
  };
  // Space in presentation mode plays or pauses, as the lecturer expects of a slide animation.
  useTogglePlay(toggle);
  return {
    info,
    last,
    playing,
    speed,
    setSpeed,
    pause: () => setPlaying(false),
    toggle,
    go,
  };
}
