import type { Language } from '../../i18n/language.ts';

const en = {
  title: 'Numerical stability: sigmoid + BCELoss against BCEWithLogitsLoss',
  intro:
    'Both pipelines compute the same mathematical quantity from a logit z. Move z far from 0 and compare the numbers PyTorch actually returns in float64.',
  z: 'z',
  zDoc: 'The logit fed to both. The slider spans ±150; type any value, such as 800, in the box.',
  y: 'y',
  yDoc: 'The target: the saturation hits target 0 at large positive z, target 1 at large negative z.',
  probability: 'torch.sigmoid(z)',
  exactlyOne: 'exactly 1.0 in float64',
  exactlyZero: 'exactly 0.0 in float64',
  naive: 'BCELoss(sigmoid(z), y)',
  exact: 'BCEWithLogitsLoss(z, y)',
  gradient: 'gradient ∂/∂z',
  clamped: 'saturated: log clamped at −100',
  notClamped: 'no clamp',
  stays: 'exact',
  lossPlot: 'Loss against the logit z',
  gradPlot: 'Gradient ∂loss/∂z against the logit z',
  zAxis: 'logit z',
  lossAxis: 'loss',
  naiveSeries: 'sigmoid + BCELoss',
  exactSeries: 'BCEWithLogitsLoss',
  band: 'clamped at 100',
  summary: (naive: string, exact: string, z: string) =>
    `Loss of both pipelines against z. At z = ${z}: sigmoid then BCELoss gives ${naive}, BCEWithLogitsLoss gives ${exact}.`,
  gradSummary: (naive: string, exact: string, z: string) =>
    `Gradient of both pipelines against z. At z = ${z}: ${naive} through the sigmoid, ${exact} fused.`,
  why: 'Why: in float64, e^(−z) drops below half the machine epsilon once z passes about 36.7, so 1 + e^(−z) rounds to 1 and sigmoid(z) is exactly 1. Then log(1 − σ) = log 0 = −∞, BCELoss clamps it at −100, and the loss is stuck at 100 whatever z is: the model is no longer told how wrong it is. The gradient dies even earlier: BCELoss’s backward divides by max(σ(1 − σ), 10⁻¹²), and the sigmoid’s backward multiplies by σ(1 − σ) again, so from z ≈ 28 the product falls towards 0. For target 1 the loss survives much longer (float64 can represent σ(−40) ≈ 4·10⁻¹⁸, so −log σ is fine down to z = −100, where the clamp takes over), but the gradient fails in the same way. BCEWithLogitsLoss never forms σ(z): with m = max(−z, 0) it computes (1 − y)·z + m + log(e^(−m) + e^(−z−m)), whose exponentials are never above 1, so its loss keeps growing like |z| and its gradient σ(z) − y stays exact at any z. In float32, what models usually train in, sigmoid reaches 1.0 already at z ≈ 17.',
  codeTitle: 'PyTorch: both ways, for this z',
};

export type StabilityStrings = typeof en;

const zh: StabilityStrings = {
  title: '数值稳定性：sigmoid + BCELoss 对比 BCEWithLogitsLoss',
  intro:
    '两条路径从同一个 logit z 出发，计算的是数学上完全相同的量。把 z 拉离 0，比较 PyTorch 在 float64 下实际返回的数值。',
  z: 'z',
  zDoc: '同时送入两条路径的 logit。滑块范围为 ±150；也可以在输入框里键入任意值，例如 800。',
  y: 'y',
  yDoc: '目标值：目标为 0 时，饱和出现在很大的正 z；目标为 1 时，出现在很小的负 z。',
  probability: 'torch.sigmoid(z)',
  exactlyOne: 'float64 下恰好为 1.0',
  exactlyZero: 'float64 下恰好为 0.0',
  naive: 'BCELoss(sigmoid(z), y)',
  exact: 'BCEWithLogitsLoss(z, y)',
  gradient: '梯度 ∂/∂z',
  clamped: '已饱和：log 被截断在 −100',
  notClamped: '未截断',
  stays: '精确',
  lossPlot: '损失随 logit z 的变化',
  gradPlot: '梯度 ∂loss/∂z 随 logit z 的变化',
  zAxis: 'logit z',
  lossAxis: '损失',
  naiveSeries: 'sigmoid + BCELoss',
  exactSeries: 'BCEWithLogitsLoss',
  band: '截断为 100',
  summary: (naive: string, exact: string, z: string) =>
    `两条路径的损失随 z 的变化。在 z = ${z} 处：先 sigmoid 再 BCELoss 得 ${naive}，BCEWithLogitsLoss 得 ${exact}。`,
  gradSummary: (naive: string, exact: string, z: string) =>
    `两条路径的梯度随 z 的变化。在 z = ${z} 处：经过 sigmoid 为 ${naive}，融合版本为 ${exact}。`,
  why: '原因：在 float64 下，当 z 超过约 36.7 时，e^(−z) 小于机器精度的一半，1 + e^(−z) 被舍入成 1，sigmoid(z) 恰好等于 1。于是 log(1 − σ) = log 0 = −∞，BCELoss 把它截断在 −100，无论 z 多大，损失都卡在 100：模型再也得不到“错得有多离谱”的信息。梯度死得更早：BCELoss 的反向传播要除以 max(σ(1 − σ), 10⁻¹²)，sigmoid 的反向传播又乘上 σ(1 − σ)，所以从 z ≈ 28 起，两者的乘积就滑向 0。目标为 1 时，损失值撑得久得多（float64 能表示 σ(−40) ≈ 4·10⁻¹⁸，−log σ 一直到 z = −100 都没问题，之后才被截断），但梯度以同样的方式失效。BCEWithLogitsLoss 从不单独算出 σ(z)：记 m = max(−z, 0)，它计算 (1 − y)·z + m + log(e^(−m) + e^(−z−m))，其中的指数项都不超过 1，不会溢出，所以损失随 |z| 持续增长，梯度 σ(z) − y 对任何 z 都精确。在模型通常训练用的 float32 下，z ≈ 17 时 sigmoid 就已经等于 1.0 了。',
  codeTitle: 'PyTorch：两种写法，对应当前的 z',
};

export const STABILITY_STRINGS: Record<Language, StabilityStrings> = { en, zh };
