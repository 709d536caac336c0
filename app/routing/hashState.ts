import { getLoss, hasLoss, type NestedNumbers } from '../../src/index.ts';
import { isLanguage, type Language } from '../i18n/language.ts';
import type { KeywordValue } from '../losses/types.ts';
import type { Notice } from '../store/noticesSlice.ts';
import { defaultLossState, type LossState } from '../store/lossState.ts';
import { formatKeyword, parseKeyword } from './keywordText.ts';
import type { LinkField } from './linkField.ts';
import { LINK_FIELDS } from './linkFields.ts';
import { LINK_VERSION, migrateQuery, type QueryPair } from './migrations.ts';
import { decodeTensor, encodeTensor, MAX_LINK_ELEMENTS } from './tensorText.ts';

export const DEFAULT_LOSS = 'L1Loss';

/** What a link says: the loss, its state, the language, and notices about what was ignored. */
export interface HashState {
  readonly loss: string;
  readonly state: LossState;
  readonly lang: Language | null;
  /** Values of the extra link fields that apply to the loss, by key; absent = initial value. */
  readonly fields: Readonly<Record<string, unknown>>;
  readonly notices: readonly Omit<Notice, 'id'>[];
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

function splitQuery(rawQuery: string): QueryPair[] {
  const pairs: QueryPair[] = [];
  for (const pair of rawQuery.split('&')) {
    if (pair === '') continue;
    const [rawKey = '', raw = ''] = pair.split('=', 2);
    pairs.push({ key: safeDecode(rawKey) ?? '', value: safeDecode(raw), raw });
  }
  return pairs;
}

function parseIndex(text: string | null): number | undefined {
  if (text === null || !/^\d+$/.test(text)) return undefined;
  const n = Number(text);
  return n < MAX_LINK_ELEMENTS ? n : undefined;
}

/** The link's version: `v=<n>`; a link without it is version 1. */
function readVersion(pairs: readonly QueryPair[], notices: Omit<Notice, 'id'>[]): number {
  const v = pairs.find((p) => p.key === 'v');
  if (!v) return 1;
  const n = parseIndex(v.value);
  if (n === undefined || n < 1) {
    notices.push({ kind: 'badParam', args: ['v', clip(v.value ?? v.raw)] });
    return LINK_VERSION;
  }
  if (n > LINK_VERSION) notices.push({ kind: 'newerLink', args: [String(n)] });
  return Math.min(n, LINK_VERSION);
}

/**
 * Reads `#/SmoothL1Loss?v=2&beta=0.5&reduction=sum&lang=zh`, migrating links of earlier
 * versions first. Never throws: unknown names and bad values fall back to defaults, each with a
 * notice.
 */
export function parseHash(hash: string, linkFields: readonly LinkField[] = LINK_FIELDS): HashState {
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
  const fields: Record<string, unknown> = {};
  let highlight = 0;
  let lang: Language | null = null;
  // A Set, not an object: a key such as `__proto__` must not reach a prototype.
  const seen = new Set<string>();

  const raw = splitQuery(rawQuery);
  const pairs = migrateQuery(raw, readVersion(raw, notices));
  for (const { key, value, raw: rawValue } of pairs) {
    if (seen.has(key)) {
      // Two values for one setting: the first stands, as in the link's reading order.
      notices.push({ kind: 'repeatedParam', args: [clip(key)] });
      continue;
    }
    seen.add(key);
    const bad = () => notices.push({ kind: 'badParam', args: [key, clip(value ?? rawValue)] });
    const kw = meta.keywords.find((k) => k.name === key);
    const arg = meta.arguments.find((a) => a.name === key);
    const field = linkFields.find((f) => f.key === key && f.appliesTo(loss));
    if (key === 'v') continue;
    if (key === 'lang') {
      if (value !== null && isLanguage(value)) lang = value;
      else bad();
    } else if (key === 'element') {
      const n = parseIndex(value);
      if (n === undefined) bad();
      else highlight = n;
    } else if (kw) {
      const parsed = value === null ? undefined : parseKeyword(kw, value);
      if (parsed === undefined) bad();
      else params[key] = parsed;
    } else if (arg) {
      const parsed = value === null ? null : decodeTensor(value);
      if (parsed === null) bad();
      else tensors[key] = parsed;
    } else if (field) {
      const parsed = value === null ? undefined : field.parse(value);
      if (parsed === undefined) bad();
      else fields[key] = parsed;
    } else {
      notices.push({ kind: 'unknownParam', args: [clip(key)] });
    }
  }
  return { loss, state: { params, tensors, highlight }, lang, fields, notices };
}

function escape(value: string): string {
  // Commas, semicolons, colons and dots are safe in a fragment and keep tensors readable.
  return encodeURIComponent(value).replace(/%2C/g, ',').replace(/%3B/g, ';').replace(/%3A/g, ':');
}

/**
 * The link for a loss's state: the version, what differs from the defaults, the extra fields
 * (already as text, see `fieldTexts`), and the language.
 */
export function formatHash(
  loss: string,
  state: LossState,
  lang: Language,
  fields: readonly (readonly [string, string])[] = [],
): string {
  const base = defaultLossState(loss);
  const parts = [`v=${LINK_VERSION}`];
  const add = (key: string, value: string | null) => {
    // A ragged array is no tensor (PyTorch refuses it): the link keeps the default instead.
    if (value !== null) parts.push(`${key}=${escape(value)}`);
  };
  for (const kw of getLoss(loss).meta.keywords) {
    const value = state.params[kw.name];
    if (value !== undefined && JSON.stringify(value) !== JSON.stringify(base.params[kw.name]))
      add(kw.name, formatKeyword(value));
  }
  for (const [arg, value] of Object.entries(state.tensors)) {
    if (JSON.stringify(value) !== JSON.stringify(base.tensors[arg])) add(arg, encodeTensor(value));
  }
  if (state.highlight > 0) add('element', String(state.highlight));
  for (const [key, text] of fields) add(key, text);
  parts.push(`lang=${lang}`);
  return `#/${loss}?${parts.join('&')}`;
}
