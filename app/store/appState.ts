import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Language } from '../i18n/language.ts';
import { ctcSlice, type CtcSlice } from './ctcSlice.ts';
import { classroomSlice, type ClassroomSlice } from './classroomSlice.ts';
import { lossesSlice, type LossesSlice } from './lossesSlice.ts';
import { noticesSlice, type NoticesSlice } from './noticesSlice.ts';
import { preferencesSlice, type PreferencesSlice, type Theme } from './preferencesSlice.ts';
import { regressionLabSlice, type RegressionLabSlice } from './regressionLabSlice.ts';

/**
 * The one store: inputs only (what the user chose). Everything derived — loss values, curves,
 * code — is computed from the core where it is shown, never stored.
 */
export type AppState = PreferencesSlice &
  LossesSlice &
  NoticesSlice &
  RegressionLabSlice &
  CtcSlice &
  ClassroomSlice;

export interface InitialState {
  readonly lang: Language;
  readonly theme: Theme;
  readonly selected: string;
}

/** A React-free store, so URL and storage logic can be tested in Node. */
export function createAppStore(initial: InitialState): StoreApi<AppState> {
  return createStore<AppState>()((...a) => ({
    ...preferencesSlice({ lang: initial.lang, theme: initial.theme })(...a),
    ...lossesSlice(initial.selected)(...a),
    ...noticesSlice(...a),
    ...regressionLabSlice(...a),
    ...ctcSlice(...a),
    ...classroomSlice(...a),
  }));
}
