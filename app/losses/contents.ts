import type { LossContent } from './types.ts';

type ContentModule = { readonly content: LossContent };

/** Each loss's teaching content in its own chunk, so that it loads with the loss's panel. */
const LOADERS: Readonly<Record<string, () => Promise<ContentModule>>> = {
  L1Loss: () => import('./L1Loss/content.ts'),
  MSELoss: () => import('./MSELoss/content.ts'),
  SmoothL1Loss: () => import('./SmoothL1Loss/content.ts'),
  HuberLoss: () => import('./HuberLoss/content.ts'),
  CrossEntropyLoss: () => import('./CrossEntropyLoss/content.ts'),
  NLLLoss: () => import('./NLLLoss/content.ts'),
  BCELoss: () => import('./BCELoss/content.ts'),
  BCEWithLogitsLoss: () => import('./BCEWithLogitsLoss/content.ts'),
  PoissonNLLLoss: () => import('./PoissonNLLLoss/content.ts'),
  GaussianNLLLoss: () => import('./GaussianNLLLoss/content.ts'),
  KLDivLoss: () => import('./KLDivLoss/content.ts'),
  MarginRankingLoss: () => import('./MarginRankingLoss/content.ts'),
  HingeEmbeddingLoss: () => import('./HingeEmbeddingLoss/content.ts'),
  SoftMarginLoss: () => import('./SoftMarginLoss/content.ts'),
  MultiLabelMarginLoss: () => import('./MultiLabelMarginLoss/content.ts'),
  MultiLabelSoftMarginLoss: () => import('./MultiLabelSoftMarginLoss/content.ts'),
  MultiMarginLoss: () => import('./MultiMarginLoss/content.ts'),
  TripletMarginLoss: () => import('./TripletMarginLoss/content.ts'),
  TripletMarginWithDistanceLoss: () => import('./TripletMarginWithDistanceLoss/content.ts'),
  CosineEmbeddingLoss: () => import('./CosineEmbeddingLoss/content.ts'),
  CTCLoss: () => import('./CTCLoss/content.ts'),
};

const loaded: Record<string, LossContent> = {};

/**
 * Teaching content of the losses loaded so far, keyed by PyTorch class name. The panel host awaits
 * {@link loadContent} before it renders a panel, so a panel finds its own content here.
 */
export const CONTENTS: Readonly<Record<string, LossContent>> = loaded;

/** Loads a loss's teaching content (once), resolving to it; undefined for an unknown name. */
export async function loadContent(name: string): Promise<LossContent | undefined> {
  const cached = loaded[name];
  if (cached) return cached;
  const load = LOADERS[name];
  if (!load) return undefined;
  const { content } = await load();
  loaded[name] = content;
  return content;
}
