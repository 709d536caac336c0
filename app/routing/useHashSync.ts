import { useEffect } from 'react';
import { appStore } from '../store/appStore.ts';
import { debounce, flushWhenLeaving } from '../store/debounce.ts';
import { hashFor } from './currentLink.ts';
import { parseHash } from './hashState.ts';
import { applyLinkFields } from './linkField.ts';
import { LINK_FIELDS } from './linkFields.ts';

function currentHash(): string {
  return hashFor(appStore.getState()) ?? window.location.hash;
}

/**
 * Keeps the link and the store in step: every change of state rewrites the hash (without a
 * history entry per slider tick), and a hash typed or pasted by the user is loaded. A new loss
 * or language shows in the link at once; a value being dragged once the drag pauses, because
 * each rewrite is a same-document navigation (the browser even fetches the favicon again) that
 * would cost several milliseconds of every frame.
 */
export function useHashSync(): void {
  useEffect(() => {
    const write = () => {
      const hash = currentHash();
      if (hash !== window.location.hash) window.history.replaceState(null, '', hash);
    };
    const writeLater = debounce(write, 200);
    write();
    const unsubscribe = appStore.subscribe((s, prev) => {
      if (s.selected !== prev.selected || s.lang !== prev.lang) {
        writeLater.cancel();
        write();
      } else writeLater();
    });
    const stopFlushing = flushWhenLeaving(writeLater.flush);
    const onHashChange = (event: HashChangeEvent) => {
      // The user's own link wins over a rewrite still waiting for the drag to pause. It is read
      // from the event, not from the address bar: a rewrite whose timer fired between the
      // navigation and this event has already replaced the address with the old state.
      writeLater.cancel();
      const hash = new URL(event.newURL).hash;
      if (hash === currentHash()) return;
      const parsed = parseHash(hash);
      const s = appStore.getState();
      s.loadLoss(parsed.loss, parsed.state);
      applyLinkFields(s, parsed.loss, parsed.fields, LINK_FIELDS);
      s.select(parsed.loss);
      if (parsed.lang) s.setLang(parsed.lang);
      s.addNotices(parsed.notices);
    };
    window.addEventListener('hashchange', onHashChange);
    return () => {
      writeLater.cancel();
      unsubscribe();
      stopFlushing();
      window.removeEventListener('hashchange', onHashChange);
    };
  }, []);
}
