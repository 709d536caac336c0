import type { StateCreator } from 'zustand/vanilla';
import type { NestedNumbers } from '../../src/index.ts';
import type { KeywordValue } from '../losses/types.ts';
import type { AppState } from './appState.ts';
import { defaultLossState, type LossState } from './lossState.ts';

export interface LossesSlice {
  readonly selected: string;
  /** Per-loss state, created on first visit so each panel remembers its settings. */
  readonly losses: Readonly<Record<string, LossState>>;
  select(name: string): void;
  setParam(name: string, key: string, value: KeywordValue): void;
  setTensor(name: string, arg: string, value: NestedNumbers): void;
  setHighlight(name: string, index: number): void;
  /** Replaces a loss's whole state (e.g. from a link). */
  loadLoss(name: string, state: LossState): void;
  resetLoss(name: string): void;
}

function update(
  s: AppState,
  name: string,
  change: (prev: LossState) => LossState,
): Pick<AppState, 'losses'> {
  const prev = s.losses[name] ?? defaultLossState(name);
  return { losses: { ...s.losses, [name]: change(prev) } };
}

export function lossesSlice(selected: string): StateCreator<AppState, [], [], LossesSlice> {
  return (set) => ({
    selected,
    losses: { [selected]: defaultLossState(selected) },
    select: (name) =>
      set((s) => ({
        selected: name,
        losses: s.losses[name] ? s.losses : { ...s.losses, [name]: defaultLossState(name) },
      })),
    setParam: (name, key, value) =>
      set((s) => update(s, name, (p) => ({ ...p, params: { ...p.params, [key]: value } }))),
    setTensor: (name, arg, value) =>
      set((s) => update(s, name, (p) => ({ ...p, tensors: { ...p.tensors, [arg]: value } }))),
    setHighlight: (name, index) => set((s) => update(s, name, (p) => ({ ...p, highlight: index }))),
    loadLoss: (name, state) => set((s) => ({ losses: { ...s.losses, [name]: state } })),
    resetLoss: (name) => set((s) => ({ losses: { ...s.losses, [name]: defaultLossState(name) } })),
  });
}
