/**
 * `npm run bench:ui`: how long the built app takes from an input event to the next painted
 * frame, per panel, in headless Chromium; and the CTC animation's frame times.
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
 * held arrow key about 30 a second. Unpaced, Playwright presses keys about 150 times a second and
 * the figure measures headless Chromium's input queue rather than the page: an empty page with
 * one slider then shows a p95 of 47–68 ms on these machines, against 15 ms when paced.
 */
const MOVE_INTERVAL_MS = 20;

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

/**
 * Records, for every input/change event, the time until the frame after it has been painted.
 * A string, not a function: tsx would wrap a function with helpers the page does not have.
 */
const INSTRUMENT = `
  window.__latencies = [];
  const onEvent = () => {
    const t0 = performance.now();
    requestAnimationFrame(() => {
      // rAF runs just before paint; a message posted from it is handled just after.
      const channel = new MessageChannel();
      channel.port1.onmessage = () => window.__latencies.push(performance.now() - t0);
      channel.port2.postMessage(0);
    });
  };
  document.addEventListener('input', onEvent, true);
  document.addEventListener('change', onEvent, true);
`;

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
  readonly tdur?: number;
  readonly args?: { readonly name?: string };
}

/**
 * The renderer main thread's CPU time per move, from a Chromium trace of a second run of the same
 * exercise: unlike the latency, it does not count time spent waiting for a core that another
 * job holds, so it compares builds on a busy machine. It includes everything the page does for
 * a move (events, React, style, layout, paint), Playwright's own input dispatch too.
 */
async function cpuPerMove(browser: Browser, page: Page): Promise<number> {
  await browser.startTracing(page, { categories: ['disabled-by-default-devtools.timeline'] });
  await exercise(page);
  await page.waitForTimeout(100);
  const { traceEvents } = JSON.parse((await browser.stopTracing()).toString()) as {
    traceEvents: TraceEvent[];
  };
  // Every renderer's main thread: the busiest is the page's.
  const mains = traceEvents.filter(
    (e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain',
  );
  const cpu = Math.max(
    0,
    ...mains.map((m) =>
      traceEvents
        .filter((e) => e.pid === m.pid && e.tid === m.tid && e.name === 'RunTask')
        .reduce((sum, e) => sum + (e.tdur ?? 0), 0),
    ),
  );
  return cpu / 1000 / MOVES;
}

/**
 * The same measurement on a page with nothing but one slider: the floor that headless Chromium
 * and this machine set, against which the panels' figures are read.
 */
async function reference(page: Page): Promise<number[]> {
  await page.goto('about:blank');
  await page.setContent(
    `<input type="range" aria-label="reference" min="0" max="100" value="0"><script>${INSTRUMENT}</script>`,
  );
  await page.locator('input').focus();
  for (let i = 0; i < MOVES; i++) {
    await page.keyboard.press(i < MOVES / 2 ? 'ArrowRight' : 'ArrowLeft');
    await page.waitForTimeout(MOVE_INTERVAL_MS);
  }
  await page.waitForTimeout(100);
  return (await page.evaluate('window.__latencies')) as number[];
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
  await page.addInitScript(INSTRUMENT);
  console.log(
    `## Input event to next painted frame, ${MOVES} moves of each panel's main control (ms)\n`,
  );
  const floor = await reference(page);
  console.log(
    `Moves ${MOVE_INTERVAL_MS} ms apart. Reference, an empty page with one slider: p50 ${median(floor).toFixed(1)}, p95 ${percentile(floor, 95).toFixed(1)}.\n`,
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
      console.log(`| ${name} | (no panel yet) | – | – | – |`);
      continue;
    }
    await page.evaluate('window.__latencies = []');
    const control = await exercise(page);
    await page.waitForTimeout(100);
    const lat = await page.evaluate(
      () => (window as unknown as { __latencies: number[] }).__latencies,
    );
    const p95 = percentile(lat, 95);
    allP95.push(p95);
    const cpu = await cpuPerMove(browser, page);
    console.log(
      `| ${name} | ${control} | ${median(lat).toFixed(1)} | ${p95.toFixed(1)} | ${cpu.toFixed(1)} |`,
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
