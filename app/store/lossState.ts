import { getLoss, type NestedNumbers } from '../../src/index.ts';
import { EXAMPLES } from '../losses/examples.ts';
import type { KeywordValue } from '../losses/types.ts';

/** What the user has set for one loss: keyword values, example tensors, the element in focus. */
export interface LossState {
  readonly params: Readonly<Record<string, KeywordValue>>;
  readonly tensors: Readonly<Record<string, NestedNumbers>>;
  /** Flat index of the element shown in the live formula. */
  readonly highlight: number;
}

export function defaultParams(name: string): Record<string, KeywordValue> {
  return Object.fromEntries(getLoss(name).meta.keywords.map((k) => [k.name, k.default]));
}

export function defaultTensors(name: string): Record<string, NestedNumbers> {
  return { ...(EXAMPLES[name] ?? {}) };
}

export function defaultLossState(name: string): LossState {
  return { params: defaultParams(name), tensors: defaultTensors(name), highlight: 0 };
}
