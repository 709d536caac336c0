import { texNumber, texOperand } from '../../format.ts';
import { LabelCurvesPanel } from '../../panel/LabelCurvesPanel.tsx';
import type { PanelProps } from '../types.ts';

const marginOf = (params: Readonly<Record<string, unknown>>) =>
  typeof params['margin'] === 'number' ? params['margin'] : 1;

/** HingeEmbeddingLoss: loss against the distance x for similar and dissimilar pairs. */
export default function HingeEmbeddingLossPanel({ name }: PanelProps) {
  return (
    <LabelCurvesPanel
      name={name}
      xLabel={{ en: 'x: distance between the two items (input)', zh: 'x：两者之间的距离（input）' }}
      intro={{
        en: 'Drag a distance along its curve. A similar pair (y = 1) pays its whole distance, so it is always pulled closer; a dissimilar pair (y = −1) pays only while it is closer than margin. Type 0 into target to see what a 0/1 label does.',
        zh: '沿着曲线拖动一个距离。相似的一对（y = 1）要付出全部距离，所以总被拉近；不相似的一对（y = −1）只有在距离小于 margin 时才付代价。在 target 里填入 0，看看 0/1 标签会带来什么。',
      }}
      minDomain={(p) => [-1, Math.max(3, marginOf(p) + 1)]}
      band={(p) =>
        marginOf(p) > 0
          ? {
              from: 0,
              to: marginOf(p),
              label: { en: 'x < margin: y = −1 pays', zh: 'x < margin：y = −1 要付代价' },
            }
          : undefined
      }
      substitute={(x, y, loss, p) => {
        const hinge = String.raw`\max\bigl(0,\; ${texNumber(marginOf(p))} - ${texOperand(x)}\bigr)`;
        const value = texNumber(loss);
        if (y === 1) return String.raw`\ell = x = ${texNumber(x)}`;
        if (y === -1) return String.raw`\ell = ${hinge} = ${value}`;
        // PyTorch adds both branches for a label that is neither 1 nor −1.
        return String.raw`\ell = x + \max(0,\ \text{margin} - x) = ${texNumber(x)} + ${hinge} = ${value} \quad (y = ${texNumber(y)})`;
      }}
    />
  );
}
