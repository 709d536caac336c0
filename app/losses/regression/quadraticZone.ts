import type { Bilingual } from '../../../src/index.ts';
import { formatNumber } from '../../format.ts';
import { LAB } from './strings.ts';

/**
 * The shaded interval |x − y| < β (or δ) where SmoothL1/Huber are quadratic, with its label.
 * At β = 0 the interval is empty and the label says SmoothL1 has become L1.
 */
export function quadraticZone(
  symbol: 'β' | 'δ',
  value: number,
  text: (b: Bilingual) => string,
): { from: number; to: number; label: string } {
  if (!(value > 0)) return { from: 0, to: 0, label: text(LAB.noZone) };
  return { from: -value, to: value, label: text(LAB.zone(symbol, formatNumber(value))) };
}
