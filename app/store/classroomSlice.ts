import type { StateCreator } from 'zustand/vanilla';
import type { AppState } from './appState.ts';

/**
 * How the lecturer is showing the app: presentation mode (full screen, large type, the catalog
 * and secondary controls hidden) and the keyboard-shortcut sheet. Neither is saved nor linked:
 * a student opening the lecturer's link gets the ordinary page.
 */
export interface ClassroomSlice {
  readonly presenting: boolean;
  readonly shortcutsOpen: boolean;
  setPresenting(on: boolean): void;
  setShortcutsOpen(open: boolean): void;
}

export const classroomSlice: StateCreator<AppState, [], [], ClassroomSlice> = (set) => ({
  presenting: false,
  shortcutsOpen: false,
  setPresenting: (presenting) => set({ presenting }),
  setShortcutsOpen: (shortcutsOpen) => set({ shortcutsOpen }),
});
