import { useState } from 'react';
import { FAMILIES, listLosses } from '../../src/index.ts';
import { useBilingual, useStrings } from '../i18n/useStrings.ts';
import { appStore, useAppStore } from '../store/appStore.ts';
import { SHELL } from './strings.ts';

/**
 * Every loss the core knows, grouped by family, straight from the core's metadata. On a narrow
 * screen the list folds away behind a button naming the current loss, so a phone opens on the
 * panel, not on a long menu.
 */
export function Catalog() {
  const t = useStrings();
  const text = useBilingual();
  const selected = useAppStore((s) => s.selected);
  const [open, setOpen] = useState(false);
  const losses = listLosses();
  return (
    <nav className={open ? 'catalog open' : 'catalog'} aria-label={t.catalog}>
      <button
        type="button"
        className="catalog-toggle"
        aria-expanded={open}
        aria-controls="catalog-list"
        onClick={() => setOpen((o) => !o)}
      >
        <span>{text(SHELL.menu)}</span>
        <code>{selected}</code>
        <span className="catalog-chevron" aria-hidden="true">
          {open ? '▴' : '▾'}
        </span>
      </button>
      <div id="catalog-list" className="catalog-list">
        {FAMILIES.map((family) => {
          const members = losses.filter((m) => m.family === family);
          if (members.length === 0) return null;
          return (
            <section key={family}>
              <h2>{t.families[family]}</h2>
              <ul>
                {members.map((m) => (
                  <li key={m.name}>
                    <a
                      href={`#/${m.name}`}
                      aria-current={m.name === selected ? 'page' : undefined}
                      onClick={(e) => {
                        e.preventDefault();
                        setOpen(false);
                        appStore.getState().select(m.name);
                      }}
                    >
                      <span className="catalog-name">{m.name}</span>
                      <span className="catalog-summary">{text(m.summary)}</span>
                    </a>
                  </li>
                ))}
              </ul>
            </section>
          );
        })}
      </div>
    </nav>
  );
}
