import { useStrings } from '../i18n/useStrings.ts';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { OfflineStatus } from './OfflineStatus.tsx';
import { ThemeSwitch } from './ThemeSwitch.tsx';

export function Header() {
  const t = useStrings();
  return (
    <header className="app-header">
      <div className="brand">
        <h1>{t.appName}</h1>
        <p className="tagline">{t.tagline}</p>
      </div>
      <div className="header-controls">
        <OfflineStatus />
        <LanguageSwitch />
        <ThemeSwitch />
      </div>
    </header>
  );
}
