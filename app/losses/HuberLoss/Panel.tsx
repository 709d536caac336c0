import { useBilingual } from '../../i18n/useStrings.ts';
import { ElementwisePanel } from '../../panel/ElementwisePanel.tsx';
import { quadraticZone } from '../regression/quadraticZone.ts';
import { DeferredRegressionLab } from '../regression/DeferredRegressionLab.tsx';
import type { PanelProps } from '../types.ts';
import { huberTex } from './substitute.ts';

export default function HuberLossPanel({ name }: PanelProps) {
  const text = useBilingual();
  return (
    <ElementwisePanel
      name={name}
      substitute={huberTex}
      band={(p) => quadraticZone('δ', typeof p['delta'] === 'number' ? p['delta'] : 1, text)}
    >
      <DeferredRegressionLab name={name} />
    </ElementwisePanel>
  );
}
