/**
 * How `bench:ui` moves a panel's main control through MOVES values, in the two ways a student
 * does: with the pointer (dragging a slider's thumb, clicking a radio) and with the arrow keys.
 *
 * The two differ in Chromium, and not because of the page. A pointer drag is continuous input:
 * Chromium holds each move until the start of the next frame and dispatches it there, so the
 * page's work and the frame that shows it follow at once. A key press is discrete input,
 * dispatched as soon as it arrives; the frame that shows it is the next one the display asks
 * for, up to one frame interval (16.7 ms at 60 Hz) later even on an empty page.
 */
import type { Locator, Page } from '@playwright/test';

export type InputMode = 'pointer' | 'keyboard';

export const MOVES = 100;

/**
 * Time between two moves, a little over one frame: a drag delivers at most one input per frame,
 * and a held arrow key about 30 a second. Unpaced, Playwright presses keys about 150 times a
 * second, faster than frames are drawn, and the figure would measure the input queue, not the page.
 */
export const MOVE_INTERVAL_MS = 20;

/**
 * Chromium's native range thumb is 16 px wide; its centre travels the track's width less that,
 * so the value `k` of `steps` sits at this x. Off by a pixel, a move lands on a neighbouring value,
 * which is still a move.
 */
const THUMB_PX = 16;

/**
 * Sweeps a slider from its value to one end and back, MOVES times, `stride` steps at a time: as
 * many distinct values as it has, like a real drag (which revisits values too, but not only the
 * same ten). Yields the step index of each move.
 */
function* sweep(at: number, steps: number, stride: number): Generator<number> {
  let dir = 1;
  for (let i = 0; i < MOVES; i++) {
    if (at + dir * stride < 0 || at + dir * stride > steps) dir = -dir;
    at += dir * stride;
    yield at;
  }
}

async function moveSlider(page: Page, slider: Locator, mode: InputMode): Promise<void> {
  const [min = 0, max = 1, step = 1, value = 0] = await slider.evaluate((el: HTMLInputElement) =>
    [el.min, el.max, el.step, el.value].map(Number),
  );
  const steps = Math.round((max - min) / (step || 1));
  const at = Math.round((value - min) / (step || 1));
  if (mode === 'keyboard') {
    await slider.focus();
    let previous = at;
    for (const k of sweep(at, steps, 1)) {
      await page.keyboard.press(k > previous ? 'ArrowRight' : 'ArrowLeft');
      previous = k;
      await page.waitForTimeout(MOVE_INTERVAL_MS);
    }
    return;
  }
  await slider.scrollIntoViewIfNeeded();
  const box = await slider.boundingBox();
  if (!box) throw new Error('the slider has no box to drag');
  const xOf = (k: number) => box.x + THUMB_PX / 2 + (k / steps) * (box.width - THUMB_PX);
  const y = box.y + box.height / 2;
  // A slider with a thousand steps is about 200 px wide: a drag moves pixels, not steps.
  const stride = Math.max(1, Math.round(steps / 50));
  await page.mouse.move(xOf(at), y);
  await page.mouse.down();
  for (const k of sweep(at, steps, stride)) {
    await page.mouse.move(xOf(k), y);
    await page.waitForTimeout(MOVE_INTERVAL_MS);
  }
  await page.mouse.up();
}

async function moveReduction(page: Page, mode: InputMode): Promise<void> {
  const group = page.getByRole('radiogroup', { name: 'reduction' });
  if (mode === 'keyboard') {
    // The arrow keys step through the group, wrapping round.
    await group.getByRole('radio', { checked: true }).focus();
    for (let i = 0; i < MOVES; i++) {
      await page.keyboard.press('ArrowRight');
      await page.waitForTimeout(MOVE_INTERVAL_MS);
    }
    return;
  }
  // Clicks at the segments' centres, read once: Playwright's own checks before a locator's
  // click run on the page's thread and would be timed with it.
  const boxes = [];
  for (const radio of await group.getByRole('radio').all()) {
    const box = await radio.locator('xpath=..').boundingBox();
    if (box) boxes.push(box);
  }
  const checked = await group
    .getByRole('radio')
    .evaluateAll((radios) => radios.findIndex((r) => (r as HTMLInputElement).checked));
  for (let i = 1; i <= MOVES; i++) {
    const box = boxes[(checked + i) % boxes.length];
    if (!box) break;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await page.waitForTimeout(MOVE_INTERVAL_MS);
  }
}

/** The panel's main control, its first slider, else `reduction`; returns its name. */
export async function moveMainControl(page: Page, mode: InputMode): Promise<string> {
  const slider = page.locator('main input[type=range]').first();
  if ((await slider.count()) > 0) {
    await moveSlider(page, slider, mode);
    return (await slider.getAttribute('aria-label')) ?? 'slider';
  }
  await moveReduction(page, mode);
  return 'reduction';
}

/**
 * Replaces the page by one with nothing but a slider, moved the same way as a panel's: the floor
 * that headless Chromium and this machine set, measured in the same run.
 */
export async function openReferencePage(page: Page): Promise<void> {
  await page.goto('about:blank');
  await page.setContent(
    '<main><input type="range" aria-label="reference" min="0" max="100" value="50"></main>',
  );
}
