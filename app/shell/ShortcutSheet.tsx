import { useEffect, useRef } from 'react';
import { useBilingual } from '../i18n/useStrings.ts';
import { appStore, useAppStore } from '../store/appStore.ts';
import { SHELL } from './strings.ts';

const ROWS = [
  { keys: ['P'], text: SHELL.keys.present },
  { keys: ['←', '→'], text: SHELL.keys.neighbours },
  { keys: ['Space'], text: SHELL.keys.play },
  { keys: ['Esc'], text: SHELL.keys.escape },
  { keys: ['?'], text: SHELL.keys.help },
  { keys: ['↑', '↓', '←', '→'], text: SHELL.keys.drag },
] as const;

/**
 * The list of keyboard shortcuts, in a modal `<dialog>`: the browser keeps focus inside it and
 * closes it on Esc; focus returns to where it was.
 */
export function ShortcutSheet() {
  const text = useBilingual();
  const open = useAppStore((s) => s.shortcutsOpen);
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<Element | null>(null);

  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (open && !d.open) {
      opener.current = document.activeElement;
      d.showModal();
    } else if (!open && d.open) d.close();
  }, [open]);

  return (
    <dialog
      ref={dialog}
      className="shortcut-sheet"
      aria-labelledby="shortcut-sheet-title"
      onClose={() => {
        appStore.getState().setShortcutsOpen(false);
        if (opener.current instanceof HTMLElement) opener.current.focus();
      }}
      onClick={(e) => {
        // A click on the backdrop (the dialog box itself, outside its content) closes it.
        if (e.target === e.currentTarget) e.currentTarget.close();
      }}
    >
      <div className="shortcut-content">
        <h2 id="shortcut-sheet-title">{text(SHELL.shortcuts)}</h2>
        <table>
          <tbody>
            {ROWS.map((row) => (
              <tr key={row.keys.join()}>
                <th scope="row">
                  {row.keys.map((k, i) => (
                    <span key={i}>
                      {i > 0 && ' '}
                      <kbd>{k}</kbd>
                    </span>
                  ))}
                </th>
                <td>{text(row.text)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <button type="button" autoFocus onClick={() => dialog.current?.close()}>
          {text(SHELL.close)}
        </button>
      </div>
    </dialog>
  );
}
