import { useStore } from 'zustand';
import { detectLanguage, isLanguage, type Language } from '../i18n/language.ts';
import { parseHash } from '../routing/hashState.ts';
import { createAppStore, type AppState } from './appState.ts';
import { THEMES, type Theme } from './preferencesSlice.ts';
import { safeStorage } from './storage.ts';

export const LANG_KEY = 'losslab.lang';
export const THEME_KEY = 'losslab.theme';

function initialLanguage(fromLink: Language | null): Language {
  if (fromLink) return fromLink;
  const saved = safeStorage.get(LANG_KEY);
  if (isLanguage(saved)) return saved;
  return detectLanguage(navigator.languages ?? [navigator.language]);
}

function initialTheme(): Theme {
  const saved = safeStorage.get(THEME_KEY);
  return THEMES.find((t) => t === saved) ?? 'system';
}

const fromLink = parseHash(window.location.hash);

/** The app's single store, initialised from the link, then saved preferences, then the browser. */
export const appStore = createAppStore({
  lang: initialLanguage(fromLink.lang),
  theme: initialTheme(),
  selected: fromLink.loss,
});
appStore.getState().loadLoss(fromLink.loss, fromLink.state);
appStore.getState().addNotices(fromLink.notices);

appStore.subscribe((s, prev) => {
  if (s.lang !== prev.lang) safeStorage.set(LANG_KEY, s.lang);
  if (s.theme !== prev.theme) safeStorage.set(THEME_KEY, s.theme);
});

/** Selects a narrow slice of the store; components re-render only when it changes. */
export function useAppStore<T>(selector: (s: AppState) => T): T {
  return useStore(appStore, selector);
}
