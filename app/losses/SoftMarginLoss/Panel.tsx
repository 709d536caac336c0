import { evaluateLoss } from '../../../src/index.ts';
import { texNumber, texOperand } from '../../format.ts';
import { flatten } from '../../panel/nested.ts';
import { LabelCurvesPanel } from '../../panel/LabelCurvesPanel.tsx';
import type { ReferenceCurve } from '../../panel/LabelCurvesPlot.tsx';
import type { PanelProps } from '../types.ts';

/**
 * The hinge max(0, −y·x) that SoftMarginLoss smooths, from the core: MarginRankingLoss with
 * x₂ = 0 and margin 0 is exactly that function of x₁.
 */
function hinges(xs: Float64Array): ReferenceCurve[] {
  const input1 = Array.from(xs);
  const input2 = input1.map(() => 0);
  return [1, -1].map((y) => ({
    id: `hinge-${y}`,
    label: `max(0, ${y === 1 ? '−x' : 'x'})`,
    xs,
    ys: flatten(
      evaluateLoss(
        'MarginRankingLoss',
        { input1, input2, target: input1.map(() => y) },
        { margin: 0, reduction: 'none' },
      ).output,
    ),
  }));
}

/** SoftMarginLoss: the logistic loss against the score x for y = ±1, beside the hinge. */
export default function SoftMarginLossPanel({ name }: PanelProps) {
  return (
    <LabelCurvesPanel
      name={name}
      xLabel={{ en: 'x: raw score (input)', zh: 'x：原始得分（input）' }}
      intro={{
        en: 'Drag a score along its curve. On the right side of zero (y·x > 0) the loss fades towards 0 but never reaches it; on the wrong side it grows almost linearly, like the hinge max(0, −y·x) drawn thin.',
        zh: '沿着曲线拖动一个得分。在零点正确的一侧（y·x > 0），损失逐渐趋近 0 却永远到不了；在错误的一侧，它几乎线性增长，和细线画出的合页损失 max(0, −y·x) 相近。',
      }}
      minDomain={() => [-4, 4]}
      references={(_, xs) => hinges(xs)}
      substitute={(x, y, loss) =>
        String.raw`\ell = \log\bigl(1 + \exp(-${texOperand(y)} \cdot ${texOperand(x)})\bigr) = ${texNumber(loss)}`
      }
    />
  );
}
