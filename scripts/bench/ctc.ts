/**
 * CTCLoss forward + backward: our core against PyTorch's CPU kernel (one thread, float64) on
 * the same shapes. Run with `npx tsx scripts/bench/ctc.ts`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Inputs } from '../../src/core/definition.ts';
import { evaluateDefinition } from '../../src/core/evaluate.ts';
import { getLoss } from '../../src/core/registry.ts';
import type { Tensor } from '../../src/core/tensor.ts';
import { mulberry32 } from '../../src/core/random.ts';
import { median } from './timing.ts';

/** (T, N, C, S): frames, batch, classes (blank included), target length. */
export const SHAPES: readonly (readonly [number, number, number, number])[] = [
  [50, 1, 5, 10],
  [200, 8, 30, 50],
  [500, 8, 40, 100],
];

export interface BenchRow {
  readonly shape: readonly number[];
  readonly ms: number;
}

/** Standard-normal logits through log_softmax, and labels drawn from 1..C-1 (blank is 0). */
function makeInputs(T: number, N: number, C: number, S: number, seed: number): Inputs {
  const rand = mulberry32(seed);
  const logProbs = new Float64Array(T * N * C);
  for (let row = 0; row < T * N; row++) {
    let max = Number.NEGATIVE_INFINITY;
    for (let c = 0; c < C; c++) {
      const z = Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
      logProbs[row * C + c] = z;
      max = Math.max(max, z);
    }
    let sum = 0;
    for (let c = 0; c < C; c++) sum += Math.exp((logProbs[row * C + c] ?? 0) - max);
    const logZ = max + Math.log(sum);
    for (let c = 0; c < C; c++) logProbs[row * C + c] = (logProbs[row * C + c] ?? 0) - logZ;
  }
  const targets = Float64Array.from({ length: N * S }, () => 1 + Math.floor(rand() * (C - 1)));
  const tensors = new Map<string, Tensor>([
    ['log_probs', { shape: [T, N, C], data: logProbs }],
    ['targets', { shape: [N, S], data: targets }],
    ['input_lengths', { shape: [N], data: new Float64Array(N).fill(T) }],
    ['target_lengths', { shape: [N], data: new Float64Array(N).fill(S) }],
  ]);
  return new Inputs(tensors);
}

/** Times our core's CTCLoss (forward and gradient) on each shape; median of repeats, in ms. */
export function benchOurs(): BenchRow[] {
  const def = getLoss('CTCLoss');
  return SHAPES.map(([T, N, C, S]) => {
    const inputs = makeInputs(T, N, C, S, 20261128);
    // Let the JIT optimise first: half a second, or at least five runs.
    const warmUntil = performance.now() + 500;
    for (let i = 0; i < 5 || performance.now() < warmUntil; i++) {
      evaluateDefinition(def, inputs, { reduction: 'sum' });
    }
    const times: number[] = [];
    for (let i = 0; i < (T < 500 ? 30 : 11); i++) {
      const start = performance.now();
      evaluateDefinition(def, inputs, { reduction: 'sum' });
      times.push(performance.now() - start);
    }
    return { shape: [T, N, C, S], ms: median(times) };
  });
}

/** PyTorch's timings from scripts/bench/ctc.py, or null when /usr/bin/python3 has no torch. */
export function benchPyTorch(): BenchRow[] | null {
  const python = '/usr/bin/python3';
  if (!existsSync(python)) return null;
  const script = fileURLToPath(new URL('./ctc.py', import.meta.url));
  const run = spawnSync(python, [script], { encoding: 'utf8' });
  if (run.status !== 0) return null;
  return JSON.parse(run.stdout) as BenchRow[];
}

/** Prints ours beside PyTorch's, with the ratio, as `npm run bench` shows it. */
export function printCtcTable(): void {
  const ours = benchOurs();
  const torch = benchPyTorch();
  if (!torch) console.log('PyTorch not available: showing our timings only');
  console.log('CTCLoss forward + backward, float64, one thread (median ms)');
  console.log('shape (T, N, C, S)     ours ms   PyTorch ms   ours/PyTorch');
  ours.forEach((row, i) => {
    const reference = torch?.[i]?.ms;
    const cells = [
      `(${row.shape.join(', ')})`.padEnd(20),
      row.ms.toFixed(3).padStart(9),
      reference === undefined ? '        -' : reference.toFixed(3).padStart(12),
      reference === undefined ? '' : (row.ms / reference).toFixed(3).padStart(14),
    ];
    console.log(cells.join(' '));
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) printCtcTable();
