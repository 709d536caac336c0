import { formatNumber } from '../../format.ts';

/** Enough digits to see the damage (30.0010205554348 against 30.0000000000001). */
export function precise(v: number): string {
  return Number.isFinite(v) ? String(Number(v.toPrecision(15))).replace('-', '−') : formatNumber(v);
}
