import { sigmoid } from '../../../src/index.ts';
import { texNumber, texOperand } from '../../format.ts';
import { BinaryPanel } from '../../panel/binary/BinaryPanel.tsx';
import type { PanelProps } from '../types.ts';

export default function BCEWithLogitsLossPanel({ name }: PanelProps) {
  return (
    <BinaryPanel
      name={name}
      axis="logit"
      liveTex={({ index, x, y, weight, posWeight, loss }) => {
        const w = weight === null ? '' : `${texOperand(weight)} \\cdot `;
        const p = posWeight === null ? '' : `${texOperand(posWeight)} \\cdot `;
        const s = String.raw`\sigma(${texNumber(x)})`;
        return String.raw`\begin{gathered} \ell_{${index}} = -\,${w}\left[\, ${p}${texNumber(y)} \cdot \log ${s} + \bigl(1 - ${texOperand(y)}\bigr) \log\bigl(1 - ${s}\bigr) \,\right] = ${texNumber(loss)} \\ ${s} = ${texNumber(sigmoid(x))} \end{gathered}`;
      }}
    />
  );
}
