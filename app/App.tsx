import { useEffect } from 'react';
import { useHashSync } from './routing/useHashSync.ts';
import { Catalog } from './shell/Catalog.tsx';
import { Handout } from './shell/Handout.tsx';
import { Header } from './shell/Header.tsx';
import { NoticeBar } from './shell/NoticeBar.tsx';
import { PanelHost } from './shell/PanelHost.tsx';
import { PresentationBar } from './shell/PresentationBar.tsx';
import { ShortcutSheet } from './shell/ShortcutSheet.tsx';
import { SkipLink } from './shell/SkipLink.tsx';
import { useKeyboardShortcuts } from './shell/useKeyboardShortcuts.ts';
import { usePresentationMode } from './shell/usePresentationMode.ts';
import { useAppStore } from './store/appStore.ts';

/** Reflects language and theme on <html>, where CSS and screen readers look for them. */
function useDocumentAttributes() {
  const lang = useAppStore((s) => s.lang);
  const theme = useAppStore((s) => s.theme);
  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.documentElement.dataset['theme'] = theme;
  }, [lang, theme]);
}

export function App() {
  useHashSync();
  useDocumentAttributes();
  useKeyboardShortcuts();
  const presenting = usePresentationMode();
  return (
    <div className="app">
      <SkipLink />
      {presenting && <PresentationBar />}
      <Header />
      <NoticeBar />
      <div className="layout">
        <Catalog />
        <PanelHost />
      </div>
      <ShortcutSheet />
      <Handout />
    </div>
  );
}
