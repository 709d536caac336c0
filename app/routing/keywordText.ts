import type { KeywordMeta } from '../../src/index.ts';
import type { KeywordValue } from '../losses/types.ts';
import { decodeTensor, encodeTensor } from './tensorText.ts';

/** Keyword values beyond this magnitude are refused in links: no lesson needs them. */
const MAX_MAGNITUDE = 1e6;

/** A number as links spell it: plain decimal or exponent notation, nothing else. */
export function parseLinkNumber(text: string): number | undefined {
  const n = /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(text) ? Number(text) : Number.NaN;
  return Number.isFinite(n) && Math.abs(n) <= MAX_MAGNITUDE ? n : undefined;
}

/** A keyword's value from its text in a link, or undefined when the text is not valid for it. */
export function parseKeyword(kw: KeywordMeta, text: string): KeywordValue | undefined {
  switch (kw.kind) {
    case 'reduction':
    case 'choice':
      return kw.choices.includes(text) ? text : undefined;
    case 'boolean':
      if (/^(true|1)$/i.test(text)) return true;
      if (/^(false|0)$/i.test(text)) return false;
      return undefined;
    case 'number': {
      const n = parseLinkNumber(text);
      if (n === undefined || (kw.integer && !Number.isInteger(n))) return undefined;
      return n;
    }
    case 'tensor':
      return text === 'None' ? null : (decodeTensor(text) ?? undefined);
  }
}

/** A keyword's value as a link spells it (null for a ragged tensor, which no link can hold). */
export function formatKeyword(value: KeywordValue): string | null {
  if (value === null) return 'None';
  if (typeof value === 'boolean' || typeof value === 'string') return String(value);
  return encodeTensor(value);
}
