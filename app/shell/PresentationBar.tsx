import { useBilingual, useStrings } from '../i18n/useStrings.ts';
import { appStore, useAppStore } from '../store/appStore.ts';
import { familyNeighbour, familyPlace } from './familyNavigation.ts';
import { stopPresenting } from './presentation.ts';
import { SHELL } from './strings.ts';

/**
 * The only chrome left in presentation mode: previous / next loss of the family (also ← / →),
 * where we are, the shortcut list, and the way out (also Esc).
 */
export function PresentationBar() {
  const t = useStrings();
  const text = useBilingual();
  const selected = useAppStore((s) => s.selected);
  const { family, members, index } = familyPlace(selected);
  const previous = familyNeighbour(selected, -1);
  const next = familyNeighbour(selected, 1);
  const go = (name: string) => appStore.getState().select(name);
  return (
    <nav className="presentation-bar" aria-label={text(SHELL.presentationBar)}>
      <button
        type="button"
        aria-keyshortcuts="ArrowLeft"
        disabled={members.length < 2}
        onClick={() => go(previous)}
      >
        ← {text(SHELL.previous)} <code>{previous}</code>
      </button>
      <span className="presentation-place" aria-live="polite">
        {text(SHELL.familyPosition(t.families[family], index + 1, members.length))}
      </span>
      <button
        type="button"
        aria-keyshortcuts="ArrowRight"
        disabled={members.length < 2}
        onClick={() => go(next)}
      >
        {text(SHELL.next)} <code>{next}</code> →
      </button>
      <span className="presentation-end">
        <button
          type="button"
          aria-keyshortcuts="Shift+?"
          aria-label={text(SHELL.shortcuts)}
          onClick={() => appStore.getState().setShortcutsOpen(true)}
        >
          ?
        </button>
        <button type="button" aria-keyshortcuts="Escape" onClick={stopPresenting}>
          {text(SHELL.exitPresentation)}
        </button>
      </span>
    </nav>
  );
}
