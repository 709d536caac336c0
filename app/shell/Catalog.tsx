import { FAMILIES, listLosses } from '../../src/index.ts';
import { useBilingual, useStrings } from '../i18n/useStrings.ts';
import { appStore, useAppStore } from '../store/appStore.ts';

/** Every loss the core knows, grouped by family, straight from the core's metadata. */
export function Catalog() {
  const t = useStrings();
  const text = useBilingual();
  const selected = useAppStore((s) => s.selected);
  const losses = listLosses();
  return (
    <nav className="catalog" aria-label={t.catalog}>
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
    </nav>
  );
}
