import { useEffect } from 'react';
import { appStore } from '../store/appStore.ts';
import { formatHash, parseHash } from './hashState.ts';

function currentHash(): string {
  const s = appStore.getState();
  const state = s.losses[s.selected];
  return state ? formatHash(s.selected, state, s.lang) : window.location.hash;
}

/**
 * Keeps the link and the store in step: every change of state rewrites the hash (without a
 * history entry per slider tick), and a hash typed or pasted by the user is loaded.
 */
export function useHashSync(): void {
  useEffect(() => {
    const write = () => {
      const hash = currentHash();
      if (hash !== window.location.hash) window.history.replaceState(null, '', hash);
    };
    write();
    const unsubscribe = appStore.subscribe(write);
    const onHashChange = () => {
      if (window.location.hash === currentHash()) return;
      const parsed = parseHash(window.location.hash);
      const s = appStore.getState();
      s.loadLoss(parsed.loss, parsed.state);
      s.select(parsed.loss);
      if (parsed.lang) s.setLang(parsed.lang);
      s.addNotices(parsed.notices);
    };
    window.addEventListener('hashchange', onHashChange);
    return () => {
      unsubscribe();
      window.removeEventListener('hashchange', onHashChange);
    };
  }, []);
}
