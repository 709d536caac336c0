import type { ComponentType } from 'react';
import type { PanelProps } from './types.ts';

type PanelModule = { default: ComponentType<PanelProps> };

/**
 * The interactive panels built so far, each loaded lazily so the first screen carries only the
 * panel it shows. A loss absent here gets the metadata view.
 */
export const PANEL_LOADERS: Readonly<Record<string, () => Promise<PanelModule>>> = {
  L1Loss: () => import('./L1Loss/Panel.tsx'),
  MSELoss: () => import('./MSELoss/Panel.tsx'),
  SmoothL1Loss: () => import('./SmoothL1Loss/Panel.tsx'),
  HuberLoss: () => import('./HuberLoss/Panel.tsx'),
  BCELoss: () => import('./BCELoss/Panel.tsx'),
  BCEWithLogitsLoss: () => import('./BCEWithLogitsLoss/Panel.tsx'),
  PoissonNLLLoss: () => import('./PoissonNLLLoss/Panel.tsx'),
  GaussianNLLLoss: () => import('./GaussianNLLLoss/Panel.tsx'),
  CrossEntropyLoss: () => import('./CrossEntropyLoss/Panel.tsx'),
  NLLLoss: () => import('./NLLLoss/Panel.tsx'),
  KLDivLoss: () => import('./KLDivLoss/Panel.tsx'),
  MarginRankingLoss: () => import('./MarginRankingLoss/Panel.tsx'),
  HingeEmbeddingLoss: () => import('./HingeEmbeddingLoss/Panel.tsx'),
  SoftMarginLoss: () => import('./SoftMarginLoss/Panel.tsx'),
  CosineEmbeddingLoss: () => import('./CosineEmbeddingLoss/Panel.tsx'),
  CTCLoss: () => import('./CTCLoss/Panel.tsx'),
  MultiLabelMarginLoss: () => import('./MultiLabelMarginLoss/Panel.tsx'),
  MultiLabelSoftMarginLoss: () => import('./MultiLabelSoftMarginLoss/Panel.tsx'),
  MultiMarginLoss: () => import('./MultiMarginLoss/Panel.tsx'),
  TripletMarginLoss: () => import('./TripletMarginLoss/Panel.tsx'),
  TripletMarginWithDistanceLoss: () => import('./TripletMarginWithDistanceLoss/Panel.tsx'),
};
