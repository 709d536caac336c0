import type { NestedNumbers } from '../../src/index.ts';
import { appStore } from '../store/appStore.ts';
import { defaultLossState } from '../store/lossState.ts';

/**
 * Replaces several example tensors of one loss, and optionally the highlighted element, in a
 * single store update: one drag step is one state change and one rewrite of the link.
 */
export function updateTensors(
  name: string,
  patch: Readonly<Record<string, NestedNumbers>>,
  highlight?: number,
): void {
  const s = appStore.getState();
  const prev = s.losses[name] ?? defaultLossState(name);
  s.loadLoss(name, {
    ...prev,
    tensors: { ...prev.tensors, ...patch },
    highlight: highlight ?? prev.highlight,
  });
}
