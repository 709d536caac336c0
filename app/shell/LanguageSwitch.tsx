import { useStrings } from '../i18n/useStrings.ts';
import { appStore, useAppStore } from '../store/appStore.ts';

/** 中文 / English: each button names its language in that language. */
export function LanguageSwitch() {
  const t = useStrings();
  const lang = useAppStore((s) => s.lang);
  return (
    <div className="switcher" role="group" aria-label={t.language}>
      <button
        type="button"
        lang="zh"
        aria-pressed={lang === 'zh'}
        onClick={() => appStore.getState().setLang('zh')}
      >
        中文
      </button>
      <button
        type="button"
        lang="en"
        aria-pressed={lang === 'en'}
        onClick={() => appStore.getState().setLang('en')}
      >
        English
      </button>
    </div>
  );
}
