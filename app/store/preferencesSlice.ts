import type { StateCreator } from 'zustand/vanilla';
import type { Language } from '../i18n/language.ts';
import type { AppState } from './appState.ts';

export type Theme = 'light' | 'dark' | 'system';
export const THEMES: readonly Theme[] = ['light', 'dark', 'system'];

export interface PreferencesSlice {
  readonly lang: Language;
  readonly theme: Theme;
  setLang(lang: Language): void;
  setTheme(theme: Theme): void;
}

export function preferencesSlice(initial: {
  lang: Language;
  theme: Theme;
}): StateCreator<AppState, [], [], PreferencesSlice> {
  return (set) => ({
    ...initial,
    setLang: (lang) => set({ lang }),
    setTheme: (theme) => set({ theme }),
  });
}
