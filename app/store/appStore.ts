import { useStore } from 'zustand';
import { detectLanguage, isLanguage, type Language } from '../i18n/language.ts';
import { parseHash } from '../routing/hashState.ts';
import { applyLinkFields } from '../routing/linkField.ts';
import { LINK_FIELDS } from '../routing/linkFields.ts';
import { createAppStore, type AppState } from './appState.ts';
import { debounce, flushWhenLeaving } from './debounce.ts';
import { THEMES, type Theme } from './preferencesSlice.ts';
import { readSaved, writeSaved } from './persisted.ts';
import { safeStorage } from './storage.ts';

export const LANG_KEY = 'losslab.lang';
export const THEME_KEY = 'losslab.theme';
export const STATE_KEY = 'losslab.state';
/** CTC's class letters, saved beside the state so saved `targets` still read as the same word. */
export const CTC_LETTERS_KEY = 'losslab.ctcLetters';

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

const hasLink = window.location.hash.replace(/^#\/?/, '') !== '';
const fromLink = parseHash(window.location.hash);
const saved = readSaved(safeStorage.get(STATE_KEY));

/**
 * The app's single store. A link wins for the loss it names; otherwise the last visit's state
 * comes back; preferences come from the link, then storage, then the browser.
 */
export const appStore = createAppStore({
  lang: initialLanguage(fromLink.lang),
  theme: initialTheme(),
  selected: hasLink || !saved.ok || !saved.saved ? fromLink.loss : saved.saved.selected,
});
if (saved.ok && saved.saved) {
  for (const [name, state] of Object.entries(saved.saved.losses))
    appStore.getState().loadLoss(name, state);
}
const savedLetters = safeStorage.get(CTC_LETTERS_KEY);
if (savedLetters !== null && /^[a-z]{1,7}$/.test(savedLetters))
  appStore.getState().setCtcLetters(savedLetters);
if (hasLink) {
  appStore.getState().loadLoss(fromLink.loss, fromLink.state);
  applyLinkFields(appStore.getState(), fromLink.loss, fromLink.fields, LINK_FIELDS);
}
appStore.getState().addNotices(fromLink.notices);
if (!saved.ok) {
  appStore.getState().addNotices([{ kind: 'discardedSave', args: [] }]);
  safeStorage.remove(STATE_KEY);
}

// Serialising every loss's state on each slider tick costs more than the frame can spare: the
// saved state is written once the user pauses, and before the page is hidden or left.
const saveState = debounce(() => {
  const s = appStore.getState();
  safeStorage.set(STATE_KEY, writeSaved(s.selected, s.losses));
}, 300);
flushWhenLeaving(saveState.flush);

appStore.subscribe((s, prev) => {
  if (s.lang !== prev.lang) safeStorage.set(LANG_KEY, s.lang);
  if (s.theme !== prev.theme) safeStorage.set(THEME_KEY, s.theme);
  if (s.ctcLetters !== prev.ctcLetters) safeStorage.set(CTC_LETTERS_KEY, s.ctcLetters);
  if (s.losses !== prev.losses || s.selected !== prev.selected) saveState();
});

/** Selects a narrow slice of the store; components re-render only when it changes. */
export function useAppStore<T>(selector: (s: AppState) => T): T {
  return useStore(appStore, selector);
}
