import { getLoss, hasLoss, type KeywordMeta, type NestedNumbers } from '../../src/index.ts';
import { isLanguage, type Language } from '../i18n/language.ts';
import type { KeywordValue } from '../losses/types.ts';
import type { Notice } from '../store/noticesSlice.ts';
import { defaultLossState, type LossState } from '../store/lossState.ts';
import { decodeTensor, encodeTensor } from './tensorText.ts';

export const DEFAULT_LOSS = 'L1Loss';
/** Keyword values beyond this magnitude are refused in links: no lesson needs them. */
const MAX_MAGNITUDE = 1e6;

/** What a link says: the loss, its state, the language, and notices about what was ignored. */
export interface HashState {
  readonly loss: string;
  readonly state: LossState;
  readonly lang: Language | null;
  readonly notices: readonly Omit<Notice, 'id'>[];
}

function parseKeyword(kw: KeywordMeta, text: string): KeywordValue | undefined {
  switch (kw.kind) {
    case 'reduction':
    case 'choice':
      return kw.choices.includes(text) ? text : undefined;
    case 'boolean':
      if (/^(true|1)$/i.test(text)) return true;
      if (/^(false|0)$/i.test(text)) return false;
      return undefined;
    case 'number': {
      const n = /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(text) ? Number(text) : Number.NaN;
      if (!Number.isFinite(n) || Math.abs(n) > MAX_MAGNITUDE) return undefined;
      if (kw.integer && !Number.isInteger(n)) return undefined;
      return n;
    }
    case 'tensor':
      return text === 'None' ? null : (decodeTensor(text) ?? undefined);
  }
}

function formatKeyword(value: KeywordValue): string {
  if (value === null) return 'None';
  if (typeof value === 'boolean' || typeof value === 'string') return String(value);
  return encodeTensor(value);
}

function safeDecode(text: string): string | null {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return null;
  }
}

/**
 * Control and bidirectional-override characters (U+202E turns the rest of a line around), which
 * a notice shows as visible code points instead of obeying them.
 */
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/gu;

/**
 * What we echo back in a notice: shortened, so a hostile link cannot flood the page, and with
 * invisible characters spelled out, so it cannot disguise itself. React escapes the rest.
 */
export function clip(text: string): string {
  const short = text.length > 40 ? `${text.slice(0, 40)}…` : text;
  return short.replace(
    INVISIBLE,
    (c) => `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`,
  );
}

/**
 * Reads `#/SmoothL1Loss?beta=0.5&reduction=sum&lang=zh`. Never throws: unknown names and bad
 * values fall back to defaults, each with a notice.
 */
export function parseHash(hash: string): HashState {
  const notices: Omit<Notice, 'id'>[] = [];
  const body = hash.replace(/^#\/?/, '');
  const [rawPath = '', rawQuery = ''] = body.split('?', 2);
  // Text that is not valid percent-encoding is echoed as it came, and matches nothing.
  const path = safeDecode(rawPath) ?? rawPath;
  let loss = DEFAULT_LOSS;
  if (path !== '' && hasLoss(path)) loss = path;
  else if (path !== '') notices.push({ kind: 'unknownLoss', args: [clip(path)] });

  const meta = getLoss(loss).meta;
  const base = defaultLossState(loss);
  const params: Record<string, KeywordValue> = { ...base.params };
  const tensors: Record<string, NestedNumbers> = { ...base.tensors };
  let lang: Language | null = null;
  // A Set, not an object: a key such as `__proto__` must not reach a prototype.
  const seen = new Set<string>();

  for (const pair of rawQuery.split('&')) {
    if (pair === '') continue;
    const [rawKey = '', rawValue = ''] = pair.split('=', 2);
    const key = safeDecode(rawKey) ?? rawKey;
    const value = safeDecode(rawValue);
    if (seen.has(key)) {
      // Two values for one setting: the first stands, as in the link's reading order.
      notices.push({ kind: 'repeatedParam', args: [clip(key)] });
      continue;
    }
    seen.add(key);
    const kw = meta.keywords.find((k) => k.name === key);
    const arg = meta.arguments.find((a) => a.name === key);
    if (key === 'lang') {
      if (value !== null && isLanguage(value)) lang = value;
      else notices.push({ kind: 'badParam', args: [key, clip(value ?? rawValue)] });
    } else if (kw || arg) {
      const parsed =
        value === null
          ? undefined
          : kw
            ? parseKeyword(kw, value)
            : (decodeTensor(value) ?? undefined);
      if (parsed === undefined)
        notices.push({ kind: 'badParam', args: [key, clip(value ?? rawValue)] });
      else if (kw) params[key] = parsed;
      else tensors[key] = parsed as NestedNumbers;
    } else {
      notices.push({ kind: 'unknownParam', args: [clip(key)] });
    }
  }
  return { loss, state: { params, tensors, highlight: 0 }, lang, notices };
}

/** The link for a loss's state: only what differs from the defaults, plus the language. */
export function formatHash(loss: string, state: LossState, lang: Language): string {
  const base = defaultLossState(loss);
  const parts: string[] = [];
  const add = (key: string, value: string) =>
    parts.push(`${key}=${encodeURIComponent(value).replace(/%2C/g, ',').replace(/%3B/g, ';')}`);
  for (const kw of getLoss(loss).meta.keywords) {
    const value = state.params[kw.name];
    if (value !== undefined && JSON.stringify(value) !== JSON.stringify(base.params[kw.name]))
      add(kw.name, formatKeyword(value));
  }
  for (const [arg, value] of Object.entries(state.tensors)) {
    if (JSON.stringify(value) !== JSON.stringify(base.tensors[arg])) add(arg, encodeTensor(value));
  }
  parts.push(`lang=${lang}`);
  return `#/${loss}?${parts.join('&')}`;
}
