import { broadcastShapes } from '../core/broadcast.ts';
import { checkDim, reducePlan } from '../core/reduceDim.ts';
import { gradBuffer, indexOrNull } from './broadcastGather.ts';
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
 * clamped value n everywhere, giving d cos/dx = y/(n_x n_y) − cos · x / n_x² (evaluated in
 * autograd's order, see backward).
 */
export const cosineDistance: Distance = (x, y, names) => {
  const shape = broadcastShapes(x.shape, y.shape, `${names[0]} and ${names[1]}`);
  checkDim(shape.length, 1, `cosine_similarity(${names[0]}, ${names[1]})`);
  const plan = reducePlan(shape, 1);
  const ix = indexOrNull(x.shape, shape);
  const iy = indexOrNull(y.shape, shape);
  const { outer, length, inner } = plan;
  const rows = outer * inner;
  const xs = x.data;
  const ys = y.data;
  // Row r = (o, i) holds the elements f = o·length·inner + j·inner + i, j along dim 1 (which
  // need not be the last dim). Each row is finished before the next, so it stays in cache.
  const start = (r: number): number => ((r - (r % inner)) / inner) * length * inner + (r % inner);
  const nx = new Float64Array(rows);
  const ny = new Float64Array(rows);
  const cos = new Float64Array(rows);
  for (let r = 0; r < rows; r++) {
    const f0 = start(r);
    let wx = 0;
    let wy = 0;
    for (let j = 0, f = f0; j < length; j++, f += inner) {
      const a = xs[ix ? (ix[f] ?? 0) : f] ?? 0;
      const b = ys[iy ? (iy[f] ?? 0) : f] ?? 0;
      wx += a * a;
      wy += b * b;
    }
    const na = Math.max(Math.sqrt(wx), COSINE_EPS);
    const nb = Math.max(Math.sqrt(wy), COSINE_EPS);
    // Normalise first, then multiply, in PyTorch's order: with one feature x/‖x‖ is exactly
    // ±1, and gradients that cancel in PyTorch cancel here too instead of leaving a residue.
    let c = 0;
    for (let j = 0, f = f0; j < length; j++, f += inner) {
      c += ((xs[ix ? (ix[f] ?? 0) : f] ?? 0) / na) * ((ys[iy ? (iy[f] ?? 0) : f] ?? 0) / nb);
    }
    nx[r] = na;
    ny[r] = nb;
    cos[r] = c;
  }
  return {
    value: { shape: plan.outShape, data: cos.map((c) => 1 - c) },
    backward(g, gx, gy) {
      // Autograd through x̂ = x / n_x with n_x = sqrt(Σ x²), node by node as PyTorch records
      // them: div's backward to n_x is −ĝ·((x / n_x) / n_x), sqrt's is ·/(2·n_x) and pow's is
      // ·(2·x), all at the clamped n_x. The order matters at the extremes: for |x| > ~9e307,
      // 2·x overflows, so a row whose norm is inf gets 0·inf = NaN there, as in PyTorch.
      // Both paths meet at x before they are summed over the broadcast, and this call's total
      // joins gx only at the end, as autograd adds up each distance call on its own: with
      // positive = negative, d(a, p) − d(a, n) then leaves the anchor exactly 0, not a residue.
      const ox = gradBuffer(gx.length, ix);
      const oy = gradBuffer(gy.length, iy);
      for (let r = 0; r < rows; r++) {
        const f0 = start(r);
        const na = nx[r] ?? 1;
        const nb = ny[r] ?? 1;
        const gc = -(g[r] ?? 0); // d(1 − cos) = −d cos
        let gnx = 0;
        let gny = 0;
        for (let j = 0, f = f0; j < length; j++, f += inner) {
          const a = xs[ix ? (ix[f] ?? 0) : f] ?? 0;
          const b = ys[iy ? (iy[f] ?? 0) : f] ?? 0;
          gnx += -(gc * (b / nb)) * (a / na / na);
          gny += -(gc * (a / na)) * (b / nb / nb);
        }
        const gsx = gnx / (2 * na);
        const gsy = gny / (2 * nb);
        for (let j = 0, f = f0; j < length; j++, f += inner) {
          const jx = ix ? (ix[f] ?? 0) : f;
          const jy = iy ? (iy[f] ?? 0) : f;
          const a = xs[jx] ?? 0;
          const b = ys[jy] ?? 0;
          ox[jx] = (ox[jx] ?? 0) + ((gc * (b / nb)) / na + gsx * (2 * a));
          oy[jy] = (oy[jy] ?? 0) + ((gc * (a / na)) / nb + gsy * (2 * b));
        }
      }
      for (let k = 0; k < gx.length; k++) gx[k] = (gx[k] ?? 0) + (ox[k] ?? 0);
      for (let k = 0; k < gy.length; k++) gy[k] = (gy[k] ?? 0) + (oy[k] ?? 0);
    },
  };
};
