import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { FAMILIES, listLosses } from '../src/index.ts';
import { expect, test } from './fixtures.ts';

type Lang = 'en' | 'zh';
type Theme = 'light' | 'dark';

/** WCAG 2.1 A and AA, plus axe's best practices (landmarks, headings, region). */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** The serious and critical violations axe finds on the page as it is now, one line each. */
async function violations(page: Page, where: string): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) =>
      v.nodes.map(
        (n) =>
          `${where}: ${v.id} (${v.impact}) at ${n.target.join(' ')}: ${n.failureSummary?.split('\n').slice(1, 3).join(' ')}`,
      ),
    );
}

/** Opens the app in a language and theme, from a clean slate (a cold load, so links are read). */
async function open(page: Page, lang: Lang, theme: Theme, hash = '#/L1Loss'): Promise<void> {
  await page.goto('./');
  await page.evaluate((t) => {
    localStorage.clear();
    localStorage.setItem('losslab.theme', t);
  }, theme);
  await page.goto('about:blank');
  await page.goto(`./${hash}${hash.includes('?') ? '&' : '?'}lang=${lang}`);
  await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
}

/** The catalog as the page shows it, so panels added later are scanned too. */
async function catalogNames(page: Page): Promise<string[]> {
  const names = await page.locator('nav.catalog .catalog-name').allTextContents();
  expect(names.length).toBeGreaterThanOrEqual(21);
  return names;
}

/** Waits until a panel has loaded and computed (or shows its metadata view). */
async function panelReady(page: Page, name: string): Promise<Locator> {
  const article = page.getByRole('article', { name, exact: true });
  await expect(article).toBeVisible();
  // The panel, and the sections it fetches after its first paint (the regression lab).
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
  if ((await article.getByTestId('loss-value').count()) > 0)
    await expect(article.getByTestId('loss-value').first()).not.toHaveText('—');
  return article;
}

/**
 * axe over every panel, one test per family and setting, so that the scans spread over the
 * workers and a hang shows up within minutes. The catalog is asked too: a panel added later
 * without a family here would fail the count check.
 */
const SETTINGS = [
  { lang: 'en', theme: 'light', phone: false },
  { lang: 'en', theme: 'dark', phone: false },
  { lang: 'zh', theme: 'light', phone: false },
  { lang: 'zh', theme: 'dark', phone: false },
  // A phone: the catalog folds behind a menu button (openFromCatalog unfolds it) and folds
  // again once a loss is chosen.
  { lang: 'en', theme: 'light', phone: true },
] as const;

test('the axe scans below cover every panel in the catalog', async ({ page }) => {
  await open(page, 'en', 'light');
  expect(new Set(await catalogNames(page))).toEqual(new Set(listLosses().map((m) => m.name)));
});

for (const { lang, theme, phone } of SETTINGS) {
  for (const family of FAMILIES) {
    const names = listLosses()
      .filter((m) => m.family === family)
      .map((m) => m.name);
    if (names.length === 0) continue;
    const where = phone ? '375 px phone' : `${lang}, ${theme}`;
    test(`axe: no serious or critical violation on the ${family} panels (${where})`, async ({
      page,
    }) => {
      // A hang guard, not a speed budget: a scan takes 2–5 s on a shared 2-core machine.
      test.setTimeout(40_000 * names.length);
      if (phone) await page.setViewportSize({ width: 375, height: 800 });
      await open(page, lang, theme);
      const menu = page.getByRole('button', { name: /Choose a loss/ });
      const found: string[] = [];
      for (const name of names) {
        await openFromCatalog(page, name);
        if (phone) await expect(menu).toHaveAttribute('aria-expanded', 'false');
        found.push(...(await violations(page, `${name} (${where})`)));
      }
      expect(found).toEqual([]);
    });
  }
}

/** Marks every element a keyboard user must be able to reach, and returns how many. */
async function markTabbables(page: Page): Promise<number> {
  return page.evaluate(() => {
    const selector = [
      'a[href]',
      'button:not([disabled])',
      'input:not([disabled]):not([type="hidden"])',
      'select:not([disabled])',
      'textarea:not([disabled])',
      '[tabindex]:not([tabindex="-1"])',
    ].join(',');
    const visible = (el: Element) => {
      if (el.closest('[hidden], [inert], [aria-hidden="true"]')) return false;
      const style = getComputedStyle(el);
      return style.visibility !== 'hidden' && el.getClientRects().length > 0;
    };
    const all = [...document.querySelectorAll(selector)].filter(visible);
    all.forEach((el, i) => el.setAttribute('data-kbd', String(i)));
    return all.length;
  });
}

/**
 * What the user can see of an element's focus state (runs in the page): outline and shadow of
 * the element and its two nearest ancestors (a visually hidden radio shows focus on its label),
 * and the visibility and stroke of its descendants (an SVG handle draws its ring inside).
 */
function lookOf(index: number): string {
  const el = document.querySelector(`[data-kbd="${index}"]`);
  if (!el) return '';
  const own = (e: Element) => {
    const s = getComputedStyle(e);
    const width = s.outlineStyle === 'none' ? 0 : parseFloat(s.outlineWidth);
    const outline = width >= 2 ? `${s.outlineStyle} ${width}px ${s.outlineColor}` : 'none';
    return `${outline} | ${s.boxShadow}`;
  };
  const inside = (e: Element) => {
    const s = getComputedStyle(e);
    return `${s.visibility} ${s.stroke} ${s.strokeWidth} ${s.opacity}`;
  };
  const parts = [own(el)];
  if (el.parentElement) parts.push(own(el.parentElement));
  if (el.parentElement?.parentElement) parts.push(own(el.parentElement.parentElement));
  for (const d of [...el.querySelectorAll('*')].slice(0, 40)) parts.push(inside(d));
  return parts.join('; ');
}

/** The focused element's mark and a readable name (runs in the page). */
function focused(): { index: number; name: string } {
  const el = document.activeElement;
  const index = Number(el?.getAttribute('data-kbd') ?? -1);
  const label = el?.getAttribute('aria-label') ?? el?.textContent?.trim().slice(0, 40) ?? '';
  return { index, name: `${el?.tagName.toLowerCase() ?? '?'} "${label}"` };
}

interface TabStop {
  readonly index: number;
  readonly name: string;
  /** Whether the element looked different while focused than once focus had moved on. */
  readonly shown: boolean;
}

/**
 * Presses Tab from the top of the page until focus comes back round, recording every stop and
 * whether its focus was visible. Stops at a repeat, so a keyboard trap shows up as a short list.
 */
async function tabThrough(page: Page, limit: number): Promise<TabStop[]> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const stops: TabStop[] = [];
  let previous: { index: number; name: string; look: string } | null = null;
  const seen = new Set<number>();
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const now = await page.evaluate(focused);
    if (previous) {
      const after = await page.evaluate(lookOf, previous.index);
      stops.push({ index: previous.index, name: previous.name, shown: after !== previous.look });
    }
    if (now.index < 0 || seen.has(now.index)) break;
    seen.add(now.index);
    previous = { ...now, look: await page.evaluate(lookOf, now.index) };
  }
  return stops;
}

/** Radios of one group share a single tab stop; the arrow keys move within the group. */
async function radioGroups(page: Page): Promise<Map<number, string>> {
  const pairs = await page.evaluate(() =>
    [...document.querySelectorAll('input[type="radio"][data-kbd]')].map(
      (r) => [Number(r.getAttribute('data-kbd')), (r as HTMLInputElement).name] as const,
    ),
  );
  return new Map(pairs);
}

const KEYBOARD_PANELS = [
  'L1Loss',
  'GaussianNLLLoss',
  'CrossEntropyLoss',
  'KLDivLoss',
  'CosineEmbeddingLoss',
  'CTCLoss',
  'MultiMarginLoss',
];

for (const name of KEYBOARD_PANELS) {
  test(`keyboard: every control of ${name} is reachable with Tab and shows its focus`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await open(page, 'en', 'light', `#/${name}`);
    await panelReady(page, name);
    const count = await markTabbables(page);
    const groups = await radioGroups(page);
    const stops = await tabThrough(page, count + 10);
    const reached = new Set(stops.map((s) => s.index));
    const reachedGroups = new Set([...reached].map((i) => groups.get(i)).filter(Boolean));
    const missed: string[] = [];
    for (let i = 0; i < count; i++) {
      const group = groups.get(i);
      if (reached.has(i) || (group && reachedGroups.has(group))) continue;
      missed.push(
        await page.evaluate((k) => {
          const el = document.querySelector(`[data-kbd="${k}"]`);
          return `${el?.tagName.toLowerCase()} "${el?.getAttribute('aria-label') ?? el?.textContent?.trim().slice(0, 40)}"`;
        }, i),
      );
    }
    expect(missed, 'not reachable with Tab').toEqual([]);
    // The first stop skips to the panel.
    expect(stops[0]?.name).toContain('Skip to the panel');
    expect(
      stops.filter((s) => !s.shown).map((s) => s.name),
      'no visible focus',
    ).toEqual([]);
  });
}

/** Clicks a catalog entry by its exact name, unfolding the catalog first on a phone. */
async function openFromCatalog(page: Page, name: string): Promise<Locator> {
  const toggle = page.locator('.catalog-toggle');
  if ((await toggle.isVisible()) && (await toggle.getAttribute('aria-expanded')) === 'false')
    await toggle.click();
  await page
    .locator('nav.catalog a')
    .filter({ has: page.locator('.catalog-name', { hasText: new RegExp(`^${name}$`) }) })
    .click();
  return panelReady(page, name);
}

test('every plot states its key numbers; every drawn control moves with the arrow keys', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await open(page, 'en', 'light');
  const problems: string[] = [];
  for (const name of await catalogNames(page)) {
    const article = await openFromCatalog(page, name);
    // Figures: role="img" with an aria-label that carries numbers.
    for (const label of await article
      .locator('[role="img"]:not(.katex *)')
      .evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''))) {
      if (!/\d/.test(label)) problems.push(`${name}: figure without numbers: "${label}"`);
    }
    // Every top-level SVG is a labelled figure or group, holds one, or is decoration.
    const bare = await article
      .locator('svg:not(.katex *):not(svg svg)')
      .evaluateAll((svgs) =>
        svgs
          .filter(
            (s) =>
              s.getAttribute('aria-hidden') !== 'true' &&
              !(s.getAttribute('role') && s.getAttribute('aria-label')) &&
              !s.querySelector('[role="img"][aria-label], [role="group"][aria-label]'),
          )
          .map((s) => s.outerHTML.slice(0, 80)),
      );
    for (const b of bare) problems.push(`${name}: SVG without a text alternative: ${b}`);
    // Drawn sliders (bars, points): focusable, and an arrow key changes what they announce.
    const sliders = article.locator('[role="slider"]:not(input)');
    const n = Math.min(await sliders.count(), 4);
    for (let i = 0; i < n; i++) {
      const slider = sliders.nth(i);
      const before = await slider.getAttribute('aria-valuetext');
      await slider.focus();
      await page.keyboard.press('ArrowUp');
      let after = await slider.getAttribute('aria-valuetext');
      if (after === before) {
        await page.keyboard.press('ArrowDown');
        await page.keyboard.press('ArrowDown');
        after = await slider.getAttribute('aria-valuetext');
      }
      if (after === before) problems.push(`${name}: slider ${before} does not move by keyboard`);
    }
    if ((await page.locator('.panel-error').count()) > 0) problems.push(`${name}: crashed`);
  }
  expect(problems).toEqual([]);
});

test('with reduced motion, nothing transitions, animates or runs frames by itself', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.addInitScript(() => {
    const w = window as unknown as { __frames: number };
    w.__frames = 0;
    const raf = window.requestAnimationFrame.bind(window);
    window.requestAnimationFrame = (cb) => {
      w.__frames++;
      return raf(cb);
    };
  });
  await open(page, 'en', 'light');
  const moving: string[] = [];
  for (const name of await catalogNames(page)) {
    await openFromCatalog(page, name);
    moving.push(
      ...(await page.evaluate(
        (name) =>
          [...document.querySelectorAll('*')]
            .filter((el) => {
              const s = getComputedStyle(el);
              const durations = `${s.transitionDuration},${s.animationDuration}`.split(',');
              return s.animationName !== 'none' || durations.some((d) => parseFloat(d.trim()) > 0);
            })
            .map((el) => `${name}: ${el.tagName.toLowerCase()}.${el.getAttribute('class')}`),
        name,
      )),
    );
    const start = await page.evaluate(() => (window as unknown as { __frames: number }).__frames);
    await page.waitForTimeout(500);
    const frames =
      (await page.evaluate(() => (window as unknown as { __frames: number }).__frames)) - start;
    if (frames > 2) moving.push(`${name}: ${frames} animation frames in 0.5 s while idle`);
  }
  expect(moving).toEqual([]);
});

test('axe: notices, tensor text with an error, and a crashed panel have no serious violation', async ({
  page,
  consoleErrors,
}) => {
  test.setTimeout(120_000);
  const found: string[] = [];
  for (const lang of ['en', 'zh'] as const) {
    for (const theme of ['light', 'dark'] as const) {
      await open(page, lang, theme, '#/MSELoss?reduction=avg&beta=abc&<b>x</b>=1');
      await panelReady(page, 'MSELoss');
      const input = page.getByRole('group', { name: 'input', exact: true });
      await input.locator('.text-toggle').click();
      await input.locator('textarea').fill('1, 2, abc');
      await page.locator('.cell input').nth(1).fill('x');
      found.push(...(await violations(page, `states ${lang} ${theme}`)));
    }
  }
  // A panel whose code cannot load: the boundary's message, in both themes.
  await page.route('**/assets/Panel-*.js', (route) => route.abort('internetdisconnected'));
  for (const theme of ['light', 'dark'] as const) {
    await open(page, 'en', theme, '#/HingeEmbeddingLoss');
    await expect(page.getByRole('alert')).toContainText('could not be loaded');
    found.push(...(await violations(page, `boundary ${theme}`)));
  }
  // The only console errors: the refused chunks, as the browser and React report them.
  for (const e of consoleErrors)
    expect(e).toMatch(/ERR_INTERNET_DISCONNECTED|dynamically imported/);
  consoleErrors.length = 0;
  expect(found).toEqual([]);
});
