import type { Bilingual } from '../../../src/index.ts';

const set = (classes: readonly number[]) => `{${classes.join(', ')}}`;

/** Words shared by the two multi-label panels, in both languages. */
export const ML = {
  togglesLabel: (n: number): Bilingual => ({
    en: `Target classes of sample ${n}: click a class to add or remove it`,
    zh: `样本 ${n} 的目标类别：点击类别即可加入或移除`,
  }),
  classButton: (c: number): Bilingual => ({ en: `class ${c}`, zh: `类别 ${c}` }),
  encodingsTitle: { en: 'One label set, two encodings', zh: '同一组标签，两种编码' },
  indexRow: { en: 'class indices, −1 padded', zh: '类别索引，以 −1 补齐' },
  hotRow: { en: 'multi-hot', zh: 'multi-hot' },
  takenBy: (loss: string): Bilingual => ({ en: `what ${loss} takes`, zh: `${loss} 接受的格式` }),
  thisLoss: { en: '· this loss', zh: '· 即本损失' },
  meaning: (classes: readonly number[]): Bilingual => ({
    en: classes.length ? `classes ${set(classes)}` : 'no class',
    zh: classes.length ? `类别 ${set(classes)}` : '没有类别',
  }),
  ignored: (tail: readonly number[]): Bilingual => ({
    en: `after the first −1, ignored: ${tail.join(', ').replace(/-/g, '−')}`,
    zh: `第一个 −1 之后，被忽略：${tail.join('、').replace(/-/g, '−')}`,
  }),
  mixUpMargin: (hot: string, read: string, wrong: string, right: string): Bilingual => ({
    en: `Passed here by mistake, the multi-hot ${hot} is not refused: PyTorch reads its entries up to the first −1 as class indices (${read}; a class listed twice counts twice) and gives ℓ = ${wrong} instead of ${right}.`,
    zh: `如果误把 multi-hot 的 ${hot} 传进来，PyTorch 不会报错，而是把第一个 −1 之前的数都当作类别索引（${read}；重复出现的类别会重复计算），得到 ℓ = ${wrong}，而不是 ${right}。`,
  }),
  mixUpSoft: (list: string, wrong: string, right: string): Bilingual => ({
    en: `Passed here by mistake, the index list ${list} is not refused either: its entries, the −1 padding included, are used as if they were probabilities, giving ℓ = ${wrong} instead of ${right}, a number with no meaning.`,
    zh: `如果误把索引列表 ${list} 传进来，同样不会报错：其中的数值（包括补齐用的 −1）被当作概率使用，得到 ℓ = ${wrong}，而不是 ${right}，这个数毫无意义。`,
  }),
  gradTitle: (n: number): Bilingual => ({
    en: `∂L/∂x of sample ${n}: where gradient descent moves each score`,
    zh: `样本 ${n} 的 ∂L/∂x：梯度下降把每个得分往哪里推`,
  }),
} as const;
