import { useEffect } from 'react';
import { requestTogglePlay } from '../panel/useTogglePlay.ts';
import { appStore } from '../store/appStore.ts';
import { familyNeighbour } from './familyNavigation.ts';
import { isTextEntry, ownsNavigationKeys } from './keyTargets.ts';
import { stopPresenting, togglePresenting } from './presentation.ts';

const NEXT = new Set(['ArrowRight', 'PageDown']);
const PREVIOUS = new Set(['ArrowLeft', 'PageUp']);

function onKeyDown(e: KeyboardEvent): void {
  if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || e.isComposing) return;
  const s = appStore.getState();
  // The open shortcut sheet is a modal dialog: it handles its own keys (Esc closes it).
  if (s.shortcutsOpen) return;
  if (e.key === '?' && !isTextEntry(e.target)) {
    e.preventDefault();
    s.setShortcutsOpen(true);
  } else if ((e.key === 'p' || e.key === 'P') && !isTextEntry(e.target)) {
    e.preventDefault();
    togglePresenting();
  } else if (!s.presenting) {
    return;
  } else if (e.key === 'Escape') {
    e.preventDefault();
    stopPresenting();
  } else if ((NEXT.has(e.key) || PREVIOUS.has(e.key)) && !ownsNavigationKeys(e.target)) {
    e.preventDefault();
    s.select(familyNeighbour(s.selected, NEXT.has(e.key) ? 1 : -1));
  } else if (e.key === ' ' && !ownsNavigationKeys(e.target)) {
    // Only a panel that animates answers; elsewhere Space scrolls as usual.
    if (requestTogglePlay()) e.preventDefault();
  }
}

/**
 * The app's keyboard shortcuts (listed in the sheet that `?` opens): P presents, ←/→ (and a
 * clicker's Page Up/Down) step through the family while presenting, Space plays or pauses an
 * animated panel, Esc leaves. Keys a focused control uses itself are left to it.
 */
export function useKeyboardShortcuts(): void {
  useEffect(() => {
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
