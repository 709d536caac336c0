import type { AppState } from '../store/appState.ts';
import { formatHash } from './hashState.ts';
import { fieldTexts } from './linkField.ts';
import { LINK_FIELDS } from './linkFields.ts';

/** The hash that reproduces the state on screen, or null before the selected loss has state. */
export function hashFor(s: AppState): string | null {
  const state = s.losses[s.selected];
  return state
    ? formatHash(s.selected, state, s.lang, fieldTexts(s, s.selected, LINK_FIELDS))
    : null;
}
