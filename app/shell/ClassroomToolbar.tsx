import { useBilingual } from '../i18n/useStrings.ts';
import { appStore } from '../store/appStore.ts';
import { CopyLinkButton } from './CopyLinkButton.tsx';
import { ExportButtons } from './ExportButtons.tsx';
import { startPresenting } from './presentation.ts';
import { SHELL } from './strings.ts';

/** Above the panel: share the view, present it, export its figure, print a handout. */
export function ClassroomToolbar() {
  const text = useBilingual();
  return (
    <div className="classroom-toolbar" role="group" aria-label={text(SHELL.toolbar)}>
      <CopyLinkButton />
      <button type="button" aria-keyshortcuts="P" onClick={startPresenting}>
        {text(SHELL.present)}
      </button>
      <ExportButtons />
      <button
        type="button"
        aria-keyshortcuts="Shift+?"
        onClick={() => appStore.getState().setShortcutsOpen(true)}
      >
        {text(SHELL.shortcuts)}
      </button>
    </div>
  );
}
