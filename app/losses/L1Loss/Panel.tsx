import { texNumber, texOperand } from '../../format.ts';
import { ElementwisePanel } from '../../panel/ElementwisePanel.tsx';
import { DeferredRegressionLab } from '../regression/DeferredRegressionLab.tsx';
import type { PanelProps } from '../types.ts';

export default function L1LossPanel({ name }: PanelProps) {
  return (
    <ElementwisePanel
      name={name}
      substitute={(x, y, loss) =>
        String.raw`\ell = \left| ${texNumber(x)} - ${texOperand(y)} \right| = ${texNumber(loss)}`
      }
    >
      <DeferredRegressionLab name={name} />
    </ElementwisePanel>
  );
}
