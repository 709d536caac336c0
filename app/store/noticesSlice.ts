import type { StateCreator } from 'zustand/vanilla';
import type { AppState } from './appState.ts';

/** A message for the user, stored as a kind plus arguments so it follows the language switch. */
export interface Notice {
  readonly id: number;
  readonly kind:
    'unknownLoss' | 'badParam' | 'unknownParam' | 'repeatedParam' | 'discardedSave' | 'newerLink';
  readonly args: readonly string[];
}

export interface NoticesSlice {
  readonly notices: readonly Notice[];
  addNotices(notices: readonly Omit<Notice, 'id'>[]): void;
  dismissNotice(id: number): void;
}

let nextId = 1;

export const noticesSlice: StateCreator<AppState, [], [], NoticesSlice> = (set) => ({
  notices: [],
  addNotices: (notices) =>
    set((s) => ({ notices: [...s.notices, ...notices.map((n) => ({ ...n, id: nextId++ }))] })),
  dismissNotice: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
});
