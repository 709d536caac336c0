import type { NestedNumbers } from '../../../src/index.ts';
import { roundInput } from '../../panel/classRows.ts';

function descend(v: NestedNumbers, g: NestedNumbers | undefined, lr: number): NestedNumbers {
  if (typeof v === 'number') return roundInput(v - lr * (typeof g === 'number' ? g : 0));
  return v.map((x, i) => descend(x, Array.isArray(g) ? g[i] : undefined, lr));
}

/**
 * One step of plain gradient descent, x ← x − lr · ∂L/∂x, on the named tensors, with the
 * gradients the core computed; results are kept to 4 decimals like every other edit.
 */
export function gradientStep(
  tensors: Readonly<Record<string, NestedNumbers>>,
  grads: Readonly<Record<string, NestedNumbers>>,
  lr: number,
  args: readonly string[],
): Record<string, NestedNumbers> {
  const out: Record<string, NestedNumbers> = {};
  for (const arg of args) {
    const v = tensors[arg];
    if (v !== undefined) out[arg] = descend(v, grads[arg], lr);
  }
  return out;
}
