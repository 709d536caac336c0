/**
 * `npm run bench:ui`: how long the built app takes from an input event to the next frame it
 * commits, per panel, in headless Chromium, beside an empty page measured the same way; the
 * main thread's CPU time per move; and the CTC animation's frame times.
 * Figures only: nothing here asserts a time (the machines are shared and noisy).
 */
import { chromium, type Browser, type Page } from '@playwright/test';
import { preview } from 'vite';
import { listLosses } from '../../src/index.ts';
import { chromiumLaunchOptions } from '../ensure-chromium.mjs';
import { median } from './timing.ts';

const MOVES = 100;

/**
 * Time between two moves, about one frame: a drag delivers at most one input per frame, and a
 * held arrow key about 30 a second. Unpaced, Playwright presses keys about 150 times a second,
 * faster than frames are drawn, and the figure would measure the input queue, not the page.
 */
const MOVE_INTERVAL_MS = 20;

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

/**
 * Moves the panel's main control through MOVES values: its first slider, else `reduction`. The
 * slider sweeps from where it is to one end and back, so that it passes through as many distinct
 * values as it has (a real drag revisits values too, but not only the same ten).
 */
async function exercise(page: Page): Promise<string> {
  const slider = page.locator('main input[type=range]').first();
  if ((await slider.count()) > 0) {
    const [min, max, step, value] = await slider.evaluate((el: HTMLInputElement) =>
      [el.min, el.max, el.step, el.value].map(Number),
    );
    const steps = Math.round(((max ?? 1) - (min ?? 0)) / (step || 1));
    let at = Math.round(((value ?? 0) - (min ?? 0)) / (step || 1));
    let dir = 1;
    await slider.focus();
    for (let i = 0; i < MOVES; i++) {
      if (at + dir < 0 || at + dir > steps) dir = -dir;
      at += dir;
      await page.keyboard.press(dir > 0 ? 'ArrowRight' : 'ArrowLeft');
      await page.waitForTimeout(MOVE_INTERVAL_MS);
    }
    return (await slider.getAttribute('aria-label')) ?? 'slider';
  }
  // The arrow keys step through a radio group (wrapping round), as a keyboard user would; a
  // click per move would also time Playwright's own checks, which run on the page's thread.
  await page
    .getByRole('radiogroup', { name: 'reduction' })
    .getByRole('radio', { checked: true })
    .focus();
  for (let i = 0; i < MOVES; i++) {
    await page.keyboard.press('ArrowRight');
    await page.waitForTimeout(MOVE_INTERVAL_MS);
  }
  return 'reduction';
}

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

interface Moves {
  /** Per input event: from its dispatch to the end of the next frame's commit (ms). */
  readonly latencies: number[];
  /** The renderer main thread's CPU time per move (ms). */
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
async function traceMoves(
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
  return { latencies, cpuPerMove: cpu(main) / 1000 / MOVES };
}

/**
 * The same measurement on a page with nothing but one slider: the floor that headless Chromium
 * and this machine set, against which the panels' figures are read.
 */
async function reference(browser: Browser, page: Page): Promise<Moves> {
  await page.goto('about:blank');
  await page.setContent('<input type="range" aria-label="reference" min="0" max="100" value="0">');
  await page.locator('input').focus();
  return traceMoves(browser, page, async () => {
    for (let i = 0; i < MOVES; i++) {
      await page.keyboard.press(i < MOVES / 2 ? 'ArrowRight' : 'ArrowLeft');
      await page.waitForTimeout(MOVE_INTERVAL_MS);
    }
  });
}

async function ctcFrames(page: Page): Promise<number[] | null> {
  await page.goto('./#/CTCLoss?lang=en');
  // The panel loads lazily: wait for it before looking for its Play button.
  await page
    .getByTestId('loss-value')
    .first()
    .waitFor({ timeout: 5000 })
    .catch(() => undefined);
  const play = page.getByRole('button', { name: 'Play' });
  if ((await play.count()) === 0) return null;
  await page.evaluate(`
    window.__frames = [];
    let last = performance.now();
    const tick = (now) => {
      window.__frames.push(now - last);
      last = now;
      if (window.__frames.length < 301) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  `);
  await play.click();
  await page.waitForFunction(
    () => (window as unknown as { __frames: number[] }).__frames.length > 300,
    null,
    { timeout: 60_000 },
  );
  return (await page.evaluate('window.__frames.slice(1)')) as number[];
}

const port = Number(process.env['BENCH_PORT'] ?? 4190);
// BENCH_DIST measures another build (e.g. the previous commit's) with the same script.
const server = await preview({
  preview: { port, strictPort: true },
  build: { outDir: process.env['BENCH_DIST'] ?? 'dist' },
  logLevel: 'silent',
});
const browser = await chromium.launch(chromiumLaunchOptions());
try {
  const page = await browser.newPage({
    viewport: { width: 1280, height: 900 },
    baseURL: `http://localhost:${port}/`,
  });
  const floor = await reference(browser, page);
  console.log(
    `## Input event to the next frame committed, ${MOVES} moves of each panel's main control (ms)\n`,
  );
  console.log(
    `Moves ${MOVE_INTERVAL_MS} ms apart. Reference, an empty page with one slider: p50 ${median(floor.latencies).toFixed(1)}, p95 ${percentile(floor.latencies, 95).toFixed(1)}, CPU per move ${floor.cpuPerMove.toFixed(1)}.\n`,
  );
  console.log('| panel | control | p50 | p95 | main-thread CPU per move |');
  console.log('| --- | --- | ---: | ---: | ---: |');
  const allP95: number[] = [];
  // BENCH_PANELS=NLLLoss,CTCLoss measures only those panels (when working on one).
  const only = process.env['BENCH_PANELS']?.split(',');
  for (const { name } of listLosses().filter((m) => !only || only.includes(m.name))) {
    await page.goto(`./#/${name}?lang=en`);
    const ready = await page
      .getByTestId('loss-value')
      .first()
      .waitFor({ timeout: 5000 })
      .then(
        () => true,
        () => false,
      );
    if (!ready) {
      console.log(`| ${name} | (no panel) | – | – | – |`);
      continue;
    }
    await page.waitForTimeout(300);
    let control = '';
    const { latencies, cpuPerMove } = await traceMoves(browser, page, async () => {
      control = await exercise(page);
    });
    const p95 = percentile(latencies, 95);
    allP95.push(p95);
    console.log(
      `| ${name} | ${control} | ${median(latencies).toFixed(1)} | ${p95.toFixed(1)} | ${cpuPerMove.toFixed(1)} |`,
    );
  }
  console.log(`\nworst p95: ${Math.max(...allP95).toFixed(1)} ms (goal: under 16 ms)`);
  if (!only || only.includes('CTCLoss')) {
    const frames = await ctcFrames(page);
    console.log('\n## CTC animation, 300 frames (ms per frame)\n');
    console.log(
      frames
        ? `p50 ${median(frames).toFixed(1)}, p95 ${percentile(frames, 95).toFixed(1)}`
        : 'no Play button',
    );
  }
} finally {
  await browser.close();
  await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
}
