import { broadcastShapes } from '../core/broadcast.ts';
import { reducePlan } from '../core/reduceDim.ts';
import { indexOrNull } from './broadcastGather.ts';
import type { Distance } from './distance.ts';
import { vectorNorm, vectorNormBackward } from './vectorNorm.ts';

/**
 * `torch.pairwise_distance(x, y, p, eps)` = `‖x − y + eps‖_p` along the last dimension of the
 * broadcast shape. Note where eps goes: it is added to every component of the difference
 * before the norm, not to the norm itself, so identical rows are at distance `eps·D^(1/p)`,
 * not 0.
 */
export function pairwiseDistance(p: number, eps: number): Distance {
  return (x, y, names) => {
    const shape = broadcastShapes(x.shape, y.shape, `${names[0]} and ${names[1]}`);
    const { outer: rows, length: len, outShape } = reducePlan(shape, shape.length - 1);
    const ix = indexOrNull(x.shape, shape);
    const iy = indexOrNull(y.shape, shape);
    const xs = x.data;
    const ys = y.data;
    // The reduced dimension is the last one, so each row is one contiguous run of flat
    // indices. Differences are rebuilt row by row (cheap) rather than stored (memory-bound).
    const diff = new Float64Array(len);
    const fillRow = (r: number): void => {
      const start = r * len;
      if (!ix && !iy) {
        for (let j = 0; j < len; j++) diff[j] = (xs[start + j] ?? 0) - (ys[start + j] ?? 0) + eps;
        return;
      }
      for (let j = 0, f = start; j < len; j++, f++) {
        diff[j] = (xs[ix ? (ix[f] ?? 0) : f] ?? 0) - (ys[iy ? (iy[f] ?? 0) : f] ?? 0) + eps;
      }
    };
    const norms = new Float64Array(rows);
    for (let r = 0; r < rows; r++) {
      fillRow(r);
      norms[r] = vectorNorm(diff, len, p);
    }
    return {
      value: { shape: outShape, data: norms },
      backward(g, gx, gy) {
        // Autograd sums this call's gradient over the broadcast before adding it to what other
        // distance calls gave the same input; a broadcast input gets its own sum first too, so
        // that equal contributions of opposite sign cancel exactly, as in PyTorch.
        const ox = ix ? new Float64Array(gx.length) : gx;
        const oy = iy ? new Float64Array(gy.length) : gy;
        const gdiff = new Float64Array(len);
        for (let r = 0; r < rows; r++) {
          fillRow(r);
          vectorNormBackward(diff, len, p, norms[r] ?? 0, g[r] ?? 0, gdiff);
          for (let j = 0, f = r * len; j < len; j++, f++) {
            const jx = ix ? (ix[f] ?? 0) : f;
            const jy = iy ? (iy[f] ?? 0) : f;
            ox[jx] = (ox[jx] ?? 0) + (gdiff[j] ?? 0);
            oy[jy] = (oy[jy] ?? 0) - (gdiff[j] ?? 0);
          }
        }
        if (ox !== gx) for (let k = 0; k < gx.length; k++) gx[k] = (gx[k] ?? 0) + (ox[k] ?? 0);
        if (oy !== gy) for (let k = 0; k < gy.length; k++) gy[k] = (gy[k] ?? 0) + (oy[k] ?? 0);
      },
    };
  };
}
