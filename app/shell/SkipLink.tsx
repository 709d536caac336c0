import { useStrings } from '../i18n/useStrings.ts';

/**
 * The first stop of the Tab key: jumps past the header and the 21 catalog links to the panel.
 * The hash holds the route, so the link moves focus itself instead of changing the hash.
 */
export function SkipLink() {
  const t = useStrings();
  return (
    <a
      className="skip-link"
      href="#main"
      onClick={(e) => {
        e.preventDefault();
        document.getElementById('main')?.focus();
      }}
    >
      {t.skipToPanel}
    </a>
  );
}
