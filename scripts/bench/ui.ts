/**
 * `npm run bench:ui`: how long the built app takes from an input event to the next frame it
 * commits, per panel, in headless Chromium, when its main control is dragged (or clicked) and
 * when it is stepped with the arrow keys, beside an empty page measured the same ways; the main
 * thread's CPU time per move; and the CTC animation's frame times.
 * Figures only: nothing here asserts a time (the machines are shared and noisy).
 */
import { chromium, type Page } from '@playwright/test';
import { preview } from 'vite';
import { listLosses } from '../../src/index.ts';
import { chromiumLaunchOptions } from '../ensure-chromium.mjs';
import { traceMoves, type Moves } from './frameTrace.ts';
import {
  MOVES,
  MOVE_INTERVAL_MS,
  moveMainControl,
  openReferencePage,
  type InputMode,
} from './moveControl.ts';
import { median } from './timing.ts';

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

const fmt = (ms: number) => ms.toFixed(1);

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
const modes: readonly InputMode[] = ['pointer', 'keyboard'];
try {
  const page = await browser.newPage({
    viewport: { width: 1280, height: 900 },
    baseURL: `http://localhost:${port}/`,
  });
  const measure = async (mode: InputMode) => {
    let control = '';
    const moves = await traceMoves(browser, page, async () => {
      control = await moveMainControl(page, mode);
    });
    return { control, ...moves };
  };
  const row = ({ latencies }: Moves) =>
    `${latencies.length} | ${fmt(median(latencies))} | ${fmt(percentile(latencies, 95))}`;

  console.log(
    `## Input event to the next frame committed, ${MOVES} moves of each panel's main control (ms)\n`,
  );
  console.log(`Moves ${MOVE_INTERVAL_MS} ms apart. Reference, an empty page with one slider:\n`);
  for (const mode of modes) {
    await openReferencePage(page);
    const floor = await measure(mode);
    console.log(
      `- ${mode}: ${floor.latencies.length} inputs, p50 ${fmt(median(floor.latencies))}, p95 ${fmt(percentile(floor.latencies, 95))}, CPU per move ${fmt(floor.cpuPerMove)}`,
    );
  }
  console.log(
    '\n| panel | control | pointer: inputs | p50 | p95 | keyboard: inputs | p50 | p95 | main-thread CPU per move, both ways |',
  );
  console.log('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  const worst: Record<InputMode, number> = { pointer: 0, keyboard: 0 };
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
      console.log(`| ${name} | (no panel) | – | – | – | – | – | – | – |`);
      continue;
    }
    await page.waitForTimeout(300);
    const pointer = await measure('pointer');
    const keyboard = await measure('keyboard');
    for (const [mode, moves] of [
      ['pointer', pointer],
      ['keyboard', keyboard],
    ] as const) {
      worst[mode] = Math.max(worst[mode], percentile(moves.latencies, 95));
    }
    // The CPU a move costs does not depend on how it came: one figure, over both runs.
    const cpu = (pointer.cpuPerMove + keyboard.cpuPerMove) / 2;
    console.log(
      `| ${name} | ${pointer.control} | ${row(pointer)} | ${row(keyboard)} | ${fmt(cpu)} |`,
    );
  }
  console.log(
    `\nworst p95: pointer ${fmt(worst.pointer)} ms, keyboard ${fmt(worst.keyboard)} ms (goal: under 16 ms)`,
  );
  if (!only || only.includes('CTCLoss')) {
    const frames = await ctcFrames(page);
    console.log('\n## CTC animation, 300 frames (ms per frame)\n');
    console.log(
      frames ? `p50 ${fmt(median(frames))}, p95 ${fmt(percentile(frames, 95))}` : 'no Play button',
    );
  }
} finally {
  await browser.close();
  await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
}
