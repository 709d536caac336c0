import { broadcastShapes } from '../core/broadcast.ts';
import { checkDim, reducePlan } from '../core/reduceDim.ts';
import { indexOrNull } from './broadcastGather.ts';
import type { Distance } from './distance.ts';

/** `F.cosine_similarity`'s default floor on each vector's norm. */
const COSINE_EPS = 1e-8;

/**
 * `1 − F.cosine_similarity(x, y)` with its defaults `dim=1, eps=1e-8`, as PyTorch 1.13 computes
 * it: broadcast first, then `Σ (x / max(‖x‖, eps)) · (y / max(‖y‖, eps))` along dim 1. Each
 * norm is floored separately (not their product), so a near-zero vector gives a similarity
 * near 0 instead of a division by zero.
 *
 * The gradient follows PyTorch's, which differs from the true derivative when a norm is below
 * eps: PyTorch clamps the norm in place without recording it, so its backward sees the
 * clamped value n everywhere, giving d cos/dx = y/(n_x n_y) − cos · x / n_x².
 */
export const cosineDistance: Distance = (x, y, names) => {
  const shape = broadcastShapes(x.shape, y.shape);
  checkDim(shape.length, 1, `cosine_similarity(${names[0]}, ${names[1]})`);
  const plan = reducePlan(shape, 1);
  const ix = indexOrNull(x.shape, shape);
  const iy = indexOrNull(y.shape, shape);
  const { outer, length, inner } = plan;
  const rows = outer * inner;
  const xs = x.data;
  const ys = y.data;
  const at = (data: Float64Array, index: Int32Array | null, f: number): number =>
    data[index ? (index[f] ?? 0) : f] ?? 0;
  // Loops over (o, j, i): the reduced dim is dim 1, which need not be the last one.
  const nx = new Float64Array(rows);
  const ny = new Float64Array(rows);
  for (let o = 0; o < outer; o++) {
    for (let j = 0; j < length; j++) {
      for (let i = 0, f = (o * length + j) * inner, r = o * inner; i < inner; i++, f++, r++) {
        const a = at(xs, ix, f);
        const b = at(ys, iy, f);
        nx[r] = (nx[r] ?? 0) + a * a;
        ny[r] = (ny[r] ?? 0) + b * b;
      }
    }
  }
  for (let r = 0; r < rows; r++) {
    nx[r] = Math.max(Math.sqrt(nx[r] ?? 0), COSINE_EPS);
    ny[r] = Math.max(Math.sqrt(ny[r] ?? 0), COSINE_EPS);
  }
  // Normalise first, then multiply, in PyTorch's order: with one feature, x/‖x‖ is exactly ±1,
  // and gradients that cancel in PyTorch then cancel here too instead of leaving a residue.
  const cos = new Float64Array(rows);
  for (let o = 0; o < outer; o++) {
    for (let j = 0; j < length; j++) {
      for (let i = 0, f = (o * length + j) * inner, r = o * inner; i < inner; i++, f++, r++) {
        const na = nx[r] ?? 1;
        const nb = ny[r] ?? 1;
        cos[r] = (cos[r] ?? 0) + (at(xs, ix, f) / na) * (at(ys, iy, f) / nb);
      }
    }
  }
  return {
    value: { shape: plan.outShape, data: cos.map((c) => 1 - c) },
    backward(g, gx, gy) {
      // Autograd through x̂ = x / n_x: d x̂ reaches x directly (/ n_x) and through n_x, whose
      // norm backward uses the clamped n_x.
      const gnx = new Float64Array(rows);
      const gny = new Float64Array(rows);
      for (let o = 0; o < outer; o++) {
        for (let j = 0; j < length; j++) {
          for (let i = 0, f = (o * length + j) * inner, r = o * inner; i < inner; i++, f++, r++) {
            const na = nx[r] ?? 1;
            const nb = ny[r] ?? 1;
            const gc = -(g[r] ?? 0); // d(1 − cos) = −d cos
            const a = at(xs, ix, f);
            const b = at(ys, iy, f);
            gnx[r] = (gnx[r] ?? 0) - (gc * (b / nb) * a) / (na * na);
            gny[r] = (gny[r] ?? 0) - (gc * (a / na) * b) / (nb * nb);
          }
        }
      }
      for (let o = 0; o < outer; o++) {
        for (let j = 0; j < length; j++) {
          for (let i = 0, f = (o * length + j) * inner, r = o * inner; i < inner; i++, f++, r++) {
            const na = nx[r] ?? 1;
            const nb = ny[r] ?? 1;
            const gc = -(g[r] ?? 0);
            const jx = ix ? (ix[f] ?? 0) : f;
            const jy = iy ? (iy[f] ?? 0) : f;
            const a = xs[jx] ?? 0;
            const b = ys[jy] ?? 0;
            gx[jx] = (gx[jx] ?? 0) + (gc * (b / nb)) / na + (gnx[r] ?? 0) * (a / na);
            gy[jy] = (gy[jy] ?? 0) + (gc * (a / na)) / nb + (gny[r] ?? 0) * (b / nb);
          }
        }
      }
    },
  };
};
