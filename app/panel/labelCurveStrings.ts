import type { Bilingual } from '../../src/index.ts';
import { formatNumber } from '../format.ts';

/** Words of the loss-against-input panels with one curve per label (±1). */
export const L = {
  labelName: (y: number): Bilingual =>
    y === 1 || y === -1
      ? { en: `y = ${formatNumber(y)}`, zh: `y = ${formatNumber(y)}` }
      : {
          en: `y = ${formatNumber(y)} (not a valid label)`,
          zh: `y = ${formatNumber(y)}（不是有效标签）`,
        },
  lossTitle: { en: 'Loss for each label: drag the elements', zh: '各标签下的损失：拖动元素试试' },
  gradTitle: {
    en: 'Gradient ∂L/∂xₙ of the reduced loss',
    zh: '归约后损失的梯度 ∂L/∂xₙ',
  },
  elementLabel: (i: number, y: number): Bilingual => ({
    en: `element ${i} (y = ${formatNumber(y)})`,
    zh: `元素 ${i}（y = ${formatNumber(y)}）`,
  }),
  summary: (
    name: string,
    points: readonly { i: number; x: string; loss: string }[],
  ): Bilingual => ({
    en: `${name} against x, one curve per label. ${points
      .map((p) => `Element ${p.i} at x = ${p.x}, loss ${p.loss}.`)
      .join(' ')}`,
    zh: `${name} 随 x 的变化，每个标签一条曲线。${points
      .map((p) => `元素 ${p.i} 位于 x = ${p.x}，损失 ${p.loss}。`)
      .join('')}`,
  }),
  gradSummary: (name: string, result: string): Bilingual => ({
    en: `Gradient of ${name} against x for each label, scaled by the reduction. Current result: ${result}.`,
    zh: `${name} 对 x 的梯度，每个标签一条曲线，已按归约方式缩放。当前结果：${result}。`,
  }),
  notAligned: {
    en: 'The plot shows elements when input and target have the same shape.',
    zh: '只有当 input 与 target 形状相同时，图中才会画出各个元素。',
  },
} as const;
