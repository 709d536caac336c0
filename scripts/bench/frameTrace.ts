/**
 * Reads a Chromium trace of a page while something moves one of its controls: for each `input`
 * event, the time until the page's main thread commits the next frame, and the main thread's CPU.
 */
import type { Browser, Page } from '@playwright/test';

interface TraceEvent {
  readonly name: string;
  readonly ph: string;
  readonly pid: number;
  readonly tid: number;
  /** Start and wall duration, and thread (CPU) duration, in microseconds. */
  readonly ts: number;
  readonly dur?: number;
  readonly tdur?: number;
  readonly args?: { readonly name?: string; readonly data?: { readonly type?: string } };
}

export interface Moves {
  /** Per input event: from its dispatch to the end of the next frame's commit (ms). */
  readonly latencies: number[];
  /** The renderer main thread's CPU time per input event (ms). */
  readonly cpuPerMove: number;
}

/**
 * Runs `moves` under a Chromium trace and reads, on the page's main thread, each input event
 * and the first frame committed after it: the moment the main thread hands a frame with the
 * change to the compositor, i.e. the next painted frame. Work the page defers (React's
 * transitions, a debounced save) does not delay that frame and is not counted in the latency;
 * it is in the CPU time, which also does not count time spent waiting for a core that another
 * job holds, and so compares builds on a busy machine.
 */
export async function traceMoves(
  browser: Browser,
  page: Page,
  moves: () => Promise<unknown>,
): Promise<Moves> {
  await browser.startTracing(page, {
    categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'],
  });
  await moves();
  await page.waitForTimeout(100);
  const { traceEvents } = JSON.parse((await browser.stopTracing()).toString()) as {
    traceEvents: TraceEvent[];
  };
  // Every renderer's main thread: the busiest is the page's.
  const threads = traceEvents
    .filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
    .map((m) => traceEvents.filter((e) => e.pid === m.pid && e.tid === m.tid && e.ph === 'X'));
  const cpu = (events: TraceEvent[]) =>
    events.filter((e) => e.name === 'RunTask').reduce((sum, e) => sum + (e.tdur ?? 0), 0);
  const main = threads.sort((a, b) => cpu(b) - cpu(a))[0] ?? [];
  const inputs = main.filter((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'input');
  const commits = main.filter((e) => e.name === 'Commit').sort((a, b) => a.ts - b.ts);
  const latencies = inputs.flatMap((input) => {
    const handled = input.ts + (input.dur ?? 0);
    const frame = commits.find((c) => c.ts >= handled);
    return frame ? [(frame.ts + (frame.dur ?? 0) - input.ts) / 1000] : [];
  });
  return { latencies, cpuPerMove: cpu(main) / 1000 / Math.max(1, inputs.length) };
}
