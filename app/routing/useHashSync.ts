import { useEffect } from 'react';
import { appStore } from '../store/appStore.ts';
import { hashFor } from './currentLink.ts';
import { parseHash } from './hashState.ts';
import { applyLinkFields } from './linkField.ts';
import { LINK_FIELDS } from './linkFields.ts';

function currentHash(): string {
  return hashFor(appStore.getState()) ?? window.location.hash;
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
      applyLinkFields(s, parsed.loss, parsed.fields, LINK_FIELDS);
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
