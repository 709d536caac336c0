import { useStrings } from '../i18n/useStrings.ts';
import { appStore, useAppStore } from '../store/appStore.ts';
import type { Notice } from '../store/noticesSlice.ts';
import type { Strings } from '../i18n/strings.ts';

function message(t: Strings, n: Notice): string {
  const [a = '', b = ''] = n.args;
  switch (n.kind) {
    case 'unknownLoss':
      return t.unknownLoss(a);
    case 'badParam':
      return t.badParam(a, b);
    case 'unknownParam':
      return t.unknownParam(a);
    case 'repeatedParam':
      return t.repeatedParam(a);
    case 'discardedSave':
      return t.discardedSave;
    case 'newerLink':
      return t.newerLink;
  }
}

/** Visible, dismissible notices, e.g. about parts of a link we could not use. */
export function NoticeBar() {
  const t = useStrings();
  const notices = useAppStore((s) => s.notices);
  if (notices.length === 0) return null;
  return (
    <div className="notices" role="status" aria-label={t.notices}>
      {notices.map((n) => (
        <p key={n.id} className="notice">
          <span>{message(t, n)}</span>
          <button type="button" onClick={() => appStore.getState().dismissNotice(n.id)}>
            {t.dismiss}
          </button>
        </p>
      ))}
    </div>
  );
}
