import { texNumber, texOperand } from '../../format.ts';
import { BinaryPanel } from '../../panel/binary/BinaryPanel.tsx';
import type { PanelProps } from '../types.ts';

export default function BCELossPanel({ name }: PanelProps) {
  return (
    <BinaryPanel
      name={name}
      axis="probability"
      liveTex={({ index, x, y, weight, loss }) => {
        const w = weight === null ? '' : `${texOperand(weight)} \\cdot `;
        return String.raw`\ell_{${index}} = -\,${w}\left[\, ${texNumber(y)} \cdot \log ${texOperand(x)} + \bigl(1 - ${texOperand(y)}\bigr) \log\bigl(1 - ${texOperand(x)}\bigr) \,\right] = ${texNumber(loss)}`;
      }}
    />
  );
}
