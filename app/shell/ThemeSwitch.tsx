import { useStrings } from '../i18n/useStrings.ts';
import { appStore, useAppStore } from '../store/appStore.ts';
import { THEMES, type Theme } from '../store/preferencesSlice.ts';

/** Light, dark, or follow the system. */
export function ThemeSwitch() {
  const t = useStrings();
  const theme = useAppStore((s) => s.theme);
  const label: Record<Theme, string> = {
    light: t.themeLight,
    dark: t.themeDark,
    system: t.themeSystem,
  };
  return (
    <div className="switcher" role="group" aria-label={t.theme}>
      {THEMES.map((option) => (
        <button
          key={option}
          type="button"
          aria-pressed={theme === option}
          onClick={() => appStore.getState().setTheme(option)}
        >
          {label[option]}
        </button>
      ))}
    </div>
  );
}
