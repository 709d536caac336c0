import type { Language } from '../../i18n/language.ts';

const en = {
  lossPlot: 'Loss against the predicted rate λ, one curve per count y',
  gradPlot: 'Gradient the model receives, ∂ℓₙ/∂input, against λ',
  rateAxisLog: 'predicted rate λ (input holds log λ, since log_input=True)',
  rateAxis: 'predicted rate λ (input holds λ itself, since log_input=False)',
  lossAxis: 'ℓₙ',
  gradAxis: '∂ℓₙ / ∂input',
  count: (y: string) => `count y = ${y}`,
  minimum: (y: string) => `minimum at λ = y = ${y}`,
  zeroGrad: (y: string) => `gradient 0 at λ = y = ${y}`,
  element: (i: number, y: string, rate: string, v: string) =>
    `element ${i} (y = ${y}, λ = ${rate}): ${v}`,
  lossSummary: (value: string, counts: string) =>
    `PoissonNLLLoss against the predicted rate for the counts ${counts}, each smallest where the rate equals the count. Current result: ${value}.`,
  gradSummary: (logInput: boolean, values: string): string =>
    (logInput
      ? 'Gradient against the rate: with log_input=True it is λ − y, a straight line through 0 at λ = y.'
      : 'Gradient against the rate: with log_input=False it is 1 − y / (λ + eps), which plunges as λ approaches 0.') +
    ` Per-element gradients: ${values}.`,
  gradNote: (logInput: boolean): string =>
    logInput
      ? 'With log_input=True the gradient is e^x − y = λ − y: bounded near λ = 0 and linear, one reason it is the default.'
      : 'With log_input=False the gradient is 1 − y/(λ + eps): it plunges towards −y/eps as λ approaches 0, and a negative λ makes the loss NaN.',
  erratumTitle: 'A kind correction to the course notes',
  erratum:
    'Your notes print the log_input=True loss as “exp(input) target * input”: a minus sign fell out between the two terms. The loss is exp(input) − target · input. It is an easy slip to make and an easy one to read past, but it matters: the minus is what lets the two terms pull against each other, so that the loss is smallest exactly where the predicted rate e^x equals the count y (the dashed lines below). Read with a plus, the loss would keep falling as the rate shrinks towards 0.',
  asPrinted: 'as printed in the notes',
  corrected: 'corrected',
  readingNote:
    'Switching log_input does not change your tensor, only how PyTorch reads it: the same numbers become other rates. To keep the rates, rewrite the input.',
  toRates: 'Rewrite input as rates: x ↦ eˣ',
  toLogRates: 'Rewrite input as log-rates: x ↦ log x',
  nanNote:
    'NaN: with log_input=False the input is the rate itself, and a negative rate has no logarithm. PyTorch returns NaN too rather than refusing, and the NaN spreads into the mean or sum.',
  shapeError:
    'input and target must broadcast against each other: equal shapes, or sizes of 1 where they differ.',
};

export type PoissonStrings = typeof en;

const zh: PoissonStrings = {
  lossPlot: '损失随预测速率 λ 的变化，每个计数 y 一条曲线',
  gradPlot: '模型实际收到的梯度 ∂ℓₙ/∂input 随 λ 的变化',
  rateAxisLog: '预测速率 λ（log_input=True，input 存放的是 log λ）',
  rateAxis: '预测速率 λ（log_input=False，input 存放的就是 λ）',
  lossAxis: 'ℓₙ',
  gradAxis: '∂ℓₙ / ∂input',
  count: (y: string) => `计数 y = ${y}`,
  minimum: (y: string) => `最小值在 λ = y = ${y}`,
  zeroGrad: (y: string) => `梯度在 λ = y = ${y} 处为 0`,
  element: (i: number, y: string, rate: string, v: string) =>
    `元素 ${i}（y = ${y}，λ = ${rate}）：${v}`,
  lossSummary: (value: string, counts: string) =>
    `PoissonNLLLoss 随预测速率的变化，计数为 ${counts}，每条曲线都在速率等于计数处取最小值。当前结果：${value}。`,
  gradSummary: (logInput: boolean, values: string): string =>
    (logInput
      ? '梯度随速率的变化：log_input=True 时为 λ − y，是一条在 λ = y 处穿过 0 的直线。'
      : '梯度随速率的变化：log_input=False 时为 1 − y / (λ + eps)，λ 趋近 0 时急剧下坠。') +
    `逐元素梯度：${values}。`,
  gradNote: (logInput: boolean): string =>
    logInput
      ? 'log_input=True 时梯度为 e^x − y = λ − y：在 λ = 0 附近有界且是线性的，这也是它作为默认值的原因之一。'
      : 'log_input=False 时梯度为 1 − y/(λ + eps)：λ 趋近 0 时会冲向 −y/eps，而负的 λ 会让损失变成 NaN。',
  erratumTitle: '关于课程笔记中公式的一点更正',
  erratum:
    '笔记把 log_input=True 时的损失印成了“exp(input) target * input”：两项之间的减号在排版中丢了。正确的损失是 exp(input) − target · input。这种笔误很容易出现，也很容易一眼带过，但它很要紧：正是这个减号让两项相互牵制，使损失恰好在预测速率 e^x 等于计数 y 时最小（见下图中的虚线）。如果读成加号，速率越往 0 缩，损失就越小，永远停不下来。',
  asPrinted: '笔记中的写法',
  corrected: '更正后',
  readingNote:
    '切换 log_input 不会改动你的张量，只会改变 PyTorch 对它的解读：同样的数字变成了别的速率。若想保持速率不变，请改写 input。',
  toRates: '把 input 改写为速率：x ↦ eˣ',
  toLogRates: '把 input 改写为对数速率：x ↦ log x',
  nanNote:
    'NaN：log_input=False 时 input 就是速率本身，而负的速率没有对数。PyTorch 同样返回 NaN 而不是报错，并且 NaN 会传染到 mean 或 sum 中。',
  shapeError: 'input 和 target 必须能相互广播：形状相同，或在不同的维度上大小为 1。',
};

export const POISSON_STRINGS: Record<Language, PoissonStrings> = { en, zh };
