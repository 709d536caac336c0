import { getLoss, hasLoss, type KeywordMeta, type NestedNumbers } from '../../src/index.ts';
import type { KeywordValue } from '../losses/types.ts';
import { isTensorLiteral } from '../routing/tensorText.ts';
import { defaultLossState, type LossState } from './lossState.ts';

/** Bump when the saved shape changes, and teach {@link readSaved} to migrate the old one. */
export const SAVED_VERSION = 1;

export interface SavedState {
  readonly version: typeof SAVED_VERSION;
  readonly selected: string;
  readonly losses: Readonly<Record<string, LossState>>;
}

function validKeyword(kw: KeywordMeta, v: unknown): v is KeywordValue {
  switch (kw.kind) {
    case 'reduction':
    case 'choice':
      return typeof v === 'string' && kw.choices.includes(v);
    case 'boolean':
      return typeof v === 'boolean';
    case 'number':
      return typeof v === 'number' && Number.isFinite(v);
    case 'tensor':
      return v === null || isTensorLiteral(v);
  }
}

/** A saved loss state if every part of it is valid for that loss today, else null. */
export function validateLossState(name: string, raw: unknown): LossState | null {
  if (!hasLoss(name) || typeof raw !== 'object' || raw === null) return null;
  const { params, tensors, highlight } = raw as Record<string, unknown>;
  if (
    typeof params !== 'object' ||
    params === null ||
    typeof tensors !== 'object' ||
    tensors === null
  )
    return null;
  const meta = getLoss(name).meta;
  const base = defaultLossState(name);
  const outParams: Record<string, KeywordValue> = { ...base.params };
  for (const [k, v] of Object.entries(params)) {
    const kw = meta.keywords.find((x) => x.name === k);
    if (!kw || !validKeyword(kw, v)) return null;
    outParams[k] = v;
  }
  const outTensors: Record<string, NestedNumbers> = { ...base.tensors };
  for (const [k, v] of Object.entries(tensors)) {
    if (!meta.arguments.some((a) => a.name === k) || !isTensorLiteral(v)) return null;
    outTensors[k] = v;
  }
  const h =
    typeof highlight === 'number' && Number.isInteger(highlight) && highlight >= 0 ? highlight : 0;
  return { params: outParams, tensors: outTensors, highlight: h };
}

/**
 * Reads what an earlier visit saved. `ok: false` means something was there but could not be
 * trusted (corrupted, edited by hand, from an incompatible version): the caller discards it
 * and tells the user, rather than crash or half-load it.
 */
export function readSaved(
  text: string | null,
): { ok: true; saved: SavedState | null } | { ok: false } {
  if (text === null) return { ok: true, saved: null };
  try {
    const raw = JSON.parse(text) as unknown;
    if (typeof raw !== 'object' || raw === null) return { ok: false };
    const { version, selected, losses } = raw as Record<string, unknown>;
    if (version !== SAVED_VERSION || typeof selected !== 'string' || !hasLoss(selected))
      return { ok: false };
    if (typeof losses !== 'object' || losses === null) return { ok: false };
    const out: Record<string, LossState> = {};
    for (const [name, state] of Object.entries(losses)) {
      const valid = validateLossState(name, state);
      if (!valid) return { ok: false };
      out[name] = valid;
    }
    return { ok: true, saved: { version: SAVED_VERSION, selected, losses: out } };
  } catch {
    return { ok: false };
  }
}

export function writeSaved(selected: string, losses: Readonly<Record<string, LossState>>): string {
  const saved: SavedState = { version: SAVED_VERSION, selected, losses };
  return JSON.stringify(saved);
}
