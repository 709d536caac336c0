import type { Bilingual } from '../../src/index.ts';
import { useAppStore } from '../store/appStore.ts';
import { STRINGS, type Strings } from './strings.ts';

/** The interface strings in the current language. */
export function useStrings(): Strings {
  return STRINGS[useAppStore((s) => s.lang)];
}

/** Picks the current language's side of a bilingual text. */
export function useBilingual(): (text: Bilingual) => string {
  const lang = useAppStore((s) => s.lang);
  return (text) => text[lang];
}
