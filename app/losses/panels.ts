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
  CTCLoss: () => import('./CTCLoss/Panel.tsx'),
};
