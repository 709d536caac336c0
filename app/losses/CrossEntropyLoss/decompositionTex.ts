import type { ClassPosition } from '../../../src/index.ts';
import { texNumber, texOperand } from '../../format.ts';

/** At most this many classes are written out in a formula; wider rows elide the middle. */
const MAX_TERMS = 6;

function elide(items: readonly string[]): string[] {
  return items.length <= MAX_TERMS
    ? [...items]
    : [...items.slice(0, 3), '\\cdots', ...items.slice(-1)];
}

function vector(values: readonly number[]): string {
  return String.raw`\left[ ${elide(values.map((v) => texNumber(v))).join(',\\ ')} \right]`;
}

function signedSum(terms: readonly string[]): string {
  return elide(terms)
    .map((t, i) => (i === 0 || t.startsWith('-') ? t : `+ ${t}`))
    .join(' ');
}

/** Step 1: log Σ exp(x_c) with the logits written in. */
export function logSumExpTex(p: ClassPosition): string {
  const terms = p.scores.map((x) => `e^{${texNumber(x)}}`);
  return String.raw`\log \sum_{c} e^{x_c} = \log\left( ${signedSum(terms)} \right) = ${texNumber(p.logSumExp ?? Number.NaN)}`;
}

/** Step 2: log p = x − LSE, and p itself. */
export function logSoftmaxTex(p: ClassPosition): string {
  return String.raw`\begin{aligned} \log p &= x - ${texOperand(p.logSumExp ?? Number.NaN)} = ${vector(p.logProbs)} \\ p &= e^{\log p} = ${vector(p.probs)} \end{aligned}`;
}

/** Step 3: the negative log-likelihood of this position, in the form its target calls for. */
export function nllTex(
  p: ClassPosition,
  weighted: boolean,
  weights: readonly number[],
  ignoreIndex: number,
  classes: number,
  labelSmoothing: number,
): string {
  if (p.ignored)
    return String.raw`y = ${ignoreIndex} = \text{ignore\_index} \;\Rightarrow\; \ell = 0`;
  const w = (c: number) => weights[c] ?? 1;
  if (p.target === null) {
    const terms = p.logProbs.map((lp, c) => {
      const q = texNumber(p.targetProbs?.[c] ?? Number.NaN);
      return weighted
        ? `${texNumber(w(c))} \\cdot ${q} \\cdot ${texOperand(lp)}`
        : `${q} \\cdot ${texOperand(lp)}`;
    });
    const wq = weighted ? 'w_c\\, q_c' : 'q_c';
    return String.raw`\begin{aligned} \ell &= -\sum_c ${wq} \log p_c \\ &= -\left( ${signedSum(terms)} \right) = ${texNumber(p.loss)} \end{aligned}`;
  }
  const y = p.target;
  const picked = texOperand(p.logProbs[y] ?? Number.NaN);
  const core = weighted
    ? String.raw`-w_{${y}} \log p_{${y}} = -${texNumber(p.weight)} \cdot ${picked}`
    : String.raw`-\log p_{${y}} = -${picked}`;
  if (labelSmoothing <= 0) return String.raw`\ell = ${core} = ${texNumber(p.loss)}`;
  const eps = texNumber(labelSmoothing);
  const smoothSum = weighted
    ? String.raw`\sum_c \left(-w_c \log p_c\right)`
    : String.raw`\sum_c \left(-\log p_c\right)`;
  return String.raw`\begin{aligned} \ell &= (1-\varepsilon)\left(${core}\right) + \frac{\varepsilon}{C} ${smoothSum} \\ &= ${texNumber(1 - labelSmoothing)} \cdot ${texNumber(p.nll)} + \frac{${eps}}{${classes}} \cdot ${texNumber(p.smooth)} = ${texNumber(p.loss)} \end{aligned}`;
}

/** The general formula when the target holds class probabilities q (shaped like the input). */
export const PROBABILITY_FORMULA = String.raw`\begin{gathered} \ell_n = -\sum_{c=1}^{C} w_c\, q_{n,c} \log \frac{\exp(x_{n,c})}{\sum_{k=1}^{C} \exp(x_{n,k})}, \qquad q_{n} = (1-\varepsilon)\, t_{n} + \frac{\varepsilon}{C} \\ \text{mean} = \frac{1}{N} \sum_n \ell_n \end{gathered}`;

/** How label smoothing changes a class-index target's loss (shown when ε > 0). */
export const SMOOTHING_FORMULA = String.raw`\ell_n^{(\varepsilon)} = (1-\varepsilon)\,\ell_n + \frac{\varepsilon}{C} \sum_{c=1}^{C} \bigl(-w_c \log p_{n,c}\bigr) \cdot \mathbb{1}\{y_n \neq \text{ignore\_index}\}`;
