import { useAppStore } from '../../store/appStore.ts';
import { CTC_STRINGS, type CtcStrings } from './strings.ts';

/** The CTC panel's strings in the current language. */
export function useCtcStrings(): CtcStrings {
  return CTC_STRINGS[useAppStore((s) => s.lang)];
}
