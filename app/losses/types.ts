import type { ComponentType } from 'react';
import type { Bilingual, NestedNumbers } from '../../src/index.ts';

/** Values a keyword control can hold: numbers, booleans, strings, or a tensor / None. */
export type KeywordValue = number | boolean | string | null | NestedNumbers;

/** The teaching content of one loss, written by us in both languages. */
export interface LossContent {
  /** The loss in TeX, in the notation of the course notes where that notation is right. */
  readonly formula: string;
  readonly explanation: Bilingual;
  readonly pitfalls: readonly Bilingual[];
  /** Default example tensors, by forward() argument name. */
  readonly example: Readonly<Record<string, NestedNumbers>>;
}

export interface PanelProps {
  readonly name: string;
}

/** A loss as the app knows it: its teaching content and, once built, its interactive panel. */
export interface LossEntry {
  readonly content: LossContent;
  readonly loadPanel?: () => Promise<{ default: ComponentType<PanelProps> }>;
}
