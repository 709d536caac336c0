import { useMemo } from 'react';
import { getLoss } from '../../../src/index.ts';
import { appStore, useAppStore } from '../../store/appStore.ts';
import type { Knobs } from './regressionLosses.ts';

function defaultOf(loss: string, keyword: string): number {
  const kw = getLoss(loss).meta.keywords.find((k) => k.name === keyword);
  return kw?.kind === 'number' ? kw.default : 1;
}

const setBeta = (v: number) => appStore.getState().setParam('SmoothL1Loss', 'beta', v);
const setDelta = (v: number) => appStore.getState().setParam('HuberLoss', 'delta', v);

/**
 * β and δ of the comparison: SmoothL1Loss's beta and HuberLoss's delta as the user set them on
 * their own panels (or here), so every regression panel compares the same curves.
 */
export function useLabKnobs(): Knobs & {
  setBeta: (v: number) => void;
  setDelta: (v: number) => void;
} {
  const beta = useAppStore((s) => s.losses['SmoothL1Loss']?.params['beta']);
  const delta = useAppStore((s) => s.losses['HuberLoss']?.params['delta']);
  // One object per (β, δ), so that memoised figures given it skip renders where neither moved.
  return useMemo(
    () => ({
      beta: typeof beta === 'number' ? beta : defaultOf('SmoothL1Loss', 'beta'),
      delta: typeof delta === 'number' ? delta : defaultOf('HuberLoss', 'delta'),
      // Stable functions, so that the memoised sliders holding them re-render only when moved.
      setBeta,
      setDelta,
    }),
    [beta, delta],
  );
}
