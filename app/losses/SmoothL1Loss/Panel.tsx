import { useBilingual } from '../../i18n/useStrings.ts';
import { ElementwisePanel } from '../../panel/ElementwisePanel.tsx';
import { quadraticZone } from '../regression/quadraticZone.ts';
import { DeferredRegressionLab } from '../regression/DeferredRegressionLab.tsx';
import type { PanelProps } from '../types.ts';
import { smoothL1Tex } from './substitute.ts';

export default function SmoothL1LossPanel({ name }: PanelProps) {
  const text = useBilingual();
  return (
    <ElementwisePanel
      name={name}
      substitute={smoothL1Tex}
      band={(p) => quadraticZone('β', typeof p['beta'] === 'number' ? p['beta'] : 1, text)}
    >
      <DeferredRegressionLab name={name} />
    </ElementwisePanel>
  );
}
