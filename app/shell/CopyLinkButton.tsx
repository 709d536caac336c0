import { useState } from 'react';
import { useBilingual } from '../i18n/useStrings.ts';
import { hashFor } from '../routing/currentLink.ts';
import { appStore } from '../store/appStore.ts';
import { SHELL } from './strings.ts';

/** The full link to what is on screen now. */
function currentUrl(): string {
  const hash = hashFor(appStore.getState()) ?? window.location.hash;
  return new URL(hash, window.location.href).href;
}

/**
 * Copies the link that reproduces the current view. Where the browser refuses the clipboard
 * (an http:// classroom server, a locked-down browser) the link appears selected in a field
 * to copy by hand.
 */
export function CopyLinkButton() {
  const text = useBilingual();
  const [state, setState] = useState<'idle' | 'copied' | { manual: string }>('idle');
  const copy = async () => {
    const url = currentUrl();
    try {
      await navigator.clipboard.writeText(url);
      setState('copied');
      window.setTimeout(() => setState((s) => (s === 'copied' ? 'idle' : s)), 2000);
    } catch {
      setState({ manual: url });
    }
  };
  return (
    <span className="copy-link">
      <button type="button" onClick={() => void copy()}>
        {text(SHELL.copyLink)}
      </button>
      <span className="toolbar-status" role="status">
        {state === 'copied' && text(SHELL.linkCopied)}
      </span>
      {typeof state === 'object' && (
        <span className="manual-link">
          <span>{text(SHELL.linkManual)}</span>
          <input
            readOnly
            value={state.manual}
            aria-label={text(SHELL.linkField)}
            ref={(input) => input?.select()}
            onFocus={(e) => e.currentTarget.select()}
          />
        </span>
      )}
    </span>
  );
}
