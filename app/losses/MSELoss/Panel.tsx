import { texNumber, texOperand } from '../../format.ts';
import { ElementwisePanel } from '../../panel/ElementwisePanel.tsx';
import { DeferredRegressionLab } from '../regression/DeferredRegressionLab.tsx';
import type { PanelProps } from '../types.ts';

export default function MSELossPanel({ name }: PanelProps) {
  return (
    <ElementwisePanel
      name={name}
      substitute={(x, y, loss) =>
        String.raw`\ell = \left( ${texNumber(x)} - ${texOperand(y)} \right)^2 = ${texNumber(loss)}`
      }
    >
      <DeferredRegressionLab name={name} />
    </ElementwisePanel>
  );
}
