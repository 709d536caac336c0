import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import type { Page } from '@playwright/test';
import { content as CROSS_ENTROPY } from '../app/losses/CrossEntropyLoss/content.ts';
import { evaluateLoss, listLosses } from '../src/index.ts';
import { expect, lossValue, test } from './fixtures.ts';

const MSE_DEFAULTS = { input: [0.5, 2.0, -1.0, 3.0], target: [1.0, 0.0, -1.5, 3.5] };

/**
 * Everything a student can see of a panel's state: every form control (by accessible name or
 * group and value), every draggable's name (which carries its coordinates), the highlighted
 * cells, the result and the live formula, and the language.
 */
async function panelState(page: Page) {
  return page.evaluate(() => {
    const panel = document.querySelector('#main article.panel');
    if (!panel) return null;
    const controls = Array.from(panel.querySelectorAll('input')).map((input) => {
      const group = input.closest('fieldset')?.querySelector('legend')?.textContent ?? '';
      const name = input.getAttribute('aria-label') ?? `${group}:${input.value}`;
      const on = input.type === 'checkbox' || input.type === 'radio';
      return `${name} = ${on ? String(input.checked) : input.value}`;
    });
    const sliders = Array.from(panel.querySelectorAll('[role="slider"]')).map(
      (s) => `${s.getAttribute('aria-label')} (${s.getAttribute('aria-valuetext')})`,
    );
    const highlighted = Array.from(panel.querySelectorAll('.cell.highlighted input')).map((i) =>
      i.getAttribute('aria-label'),
    );
    return {
      controls,
      sliders,
      highlighted,
      value: panel.querySelector('[data-testid="loss-value"]')?.getAttribute('data-value'),
      live: panel.querySelector('[data-testid="formula-live"]')?.textContent,
      lang: document.documentElement.lang,
    };
  });
}

function noHorizontalScroll(page: Page) {
  return page.evaluate(() => {
    const el = document.scrollingElement ?? document.documentElement;
    return { scroll: el.scrollWidth, client: el.clientWidth };
  });
}

test.describe('deep links', () => {
  test('a copied link reproduces a non-default state exactly, in a fresh browser', async ({
    page,
    context,
    browser,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('./#/MSELoss?lang=en');
    await page.getByRole('radio', { name: 'sum' }).check();
    await page.getByRole('textbox', { name: 'input[1]' }).fill('3');
    await page.getByRole('textbox', { name: 'input[2]' }).focus();
    await page.getByRole('radio', { name: 'line a + b·t' }).check();
    await page.getByRole('checkbox', { name: 'L1Loss', exact: true }).uncheck();
    await page.getByRole('spinbutton', { name: 'beta' }).fill('2');
    await page.getByRole('spinbutton', { name: 'delta' }).fill('0.5');
    const outlier = page.getByRole('slider', { name: /^Outlier:/ });
    await outlier.focus();
    for (const key of ['ArrowUp', 'ArrowUp', 'Shift+ArrowDown', 'ArrowLeft']) {
      await page.keyboard.press(key);
    }
    const expected = evaluateLoss(
      'MSELoss',
      { input: [0.5, 3, -1, 3], target: MSE_DEFAULTS.target },
      { reduction: 'sum' },
    ).output as number;
    await expect.poll(() => lossValue(page)).toBeCloseTo(expected, 12);
    const before = await panelState(page);

    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    const query = new URLSearchParams(new URL(link).hash.split('?')[1]);
    expect(query.get('v')).toBe('2');
    expect(query.get('reduction')).toBe('sum');
    expect(query.get('input')).toBe('0.5,3,-1,3');
    expect(query.get('element')).toBe('2');
    expect(query.get('lab.fit')).toBe('line');
    expect(query.get('lab.hide')).toBe('L1Loss');
    expect(query.get('lab.beta')).toBe('2');
    expect(query.get('lab.delta')).toBe('0.5');
    expect(query.get('lab.outlier')).toBe('6.9,7.7');

    // A student's browser: nothing saved, nothing shared with the lecturer's.
    const student = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    try {
      const other = await student.newPage();
      await other.goto(link);
      await expect.poll(() => lossValue(other)).toBeCloseTo(expected, 12);
      // The regression lab arrives just after the panel (it is fetched after first paint).
      await expect(other.locator('[aria-busy="true"]')).toHaveCount(0);
      expect(await panelState(other)).toEqual(before);
      await expect(other.getByRole('radio', { name: 'sum' })).toBeChecked();
      await expect(other.getByRole('checkbox', { name: 'L1Loss', exact: true })).not.toBeChecked();
      await expect(other.getByRole('slider', { name: /^Outlier:/ })).toHaveAttribute(
        'data-y',
        '7.7',
      );
    } finally {
      await student.close();
    }
  });

  test('a version-1 link still opens, and is rewritten in today’s format', async ({ page }) => {
    // A column target, which version 1 wrote as JSON.
    await page.goto(
      './#/SmoothL1Loss?beta=0.5&reduction=sum&input=%5B%5B1%5D,%5B2%5D%5D&target=%5B%5B0%5D,%5B0.5%5D%5D&lang=zh',
    );
    const expected = evaluateLoss(
      'SmoothL1Loss',
      { input: [[1], [2]], target: [[0], [0.5]] },
      { beta: 0.5, reduction: 'sum' },
    ).output as number;
    await expect.poll(() => lossValue(page)).toBeCloseTo(expected, 12);
    await expect(page.getByRole('spinbutton', { name: 'beta' })).toHaveValue('0.5');
    await expect(page.getByRole('radio', { name: 'sum' })).toBeChecked();
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(page.getByRole('status', { name: '提示' })).toHaveCount(0);
    await expect(page).toHaveURL(/v=2&reduction=sum&beta=0\.5&input=2x1:1,2&target=2x1:0,0\.5/);
  });
});

test.describe('presentation mode', () => {
  test('P presents, arrows step through the family, Space goes to the panel, Esc leaves', async ({
    page,
  }) => {
    await page.goto('./#/MSELoss?lang=en');
    await expect(page.getByRole('heading', { name: 'nn.MSELoss' })).toBeVisible();
    await page.keyboard.press('p');
    await expect(page.locator('html')).toHaveClass(/presenting/);
    await expect(page.getByRole('navigation', { name: 'Loss functions' })).toBeHidden();
    await expect(page.getByRole('region', { name: 'PyTorch code' })).toBeHidden();
    const bar = page.getByRole('navigation', { name: 'Presentation' });
    await expect(bar).toContainText('Regression: 2 of 4');

    for (const [key, name] of [
      ['ArrowRight', 'SmoothL1Loss'],
      ['ArrowRight', 'HuberLoss'],
      ['ArrowRight', 'L1Loss'],
      ['ArrowLeft', 'HuberLoss'],
      ['PageDown', 'L1Loss'],
      ['PageUp', 'HuberLoss'],
    ] as const) {
      await page.keyboard.press(key);
      await expect(page.getByRole('heading', { name: `nn.${name}` })).toBeVisible();
      await expect(page).toHaveURL(new RegExp(`#/${name}\\?`));
    }
    await expect(bar).toContainText('Regression: 4 of 4');

    // A focused control keeps its arrows: the radio group moves, the loss stays.
    await page.getByRole('radio', { name: 'mean' }).focus();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('radio', { name: 'sum' })).toBeChecked();
    await expect(page.getByRole('heading', { name: 'nn.HuberLoss' })).toBeVisible();

    // Space asks an animated panel to play or pause (CTC answers it); here a stand-in listens.
    await page.evaluate(() => {
      const w = window as unknown as { toggles: number };
      w.toggles = 0;
      window.addEventListener('losslab:toggle-play', (e) => {
        e.preventDefault();
        w.toggles++;
      });
      (document.activeElement as HTMLElement | null)?.blur();
    });
    await page.keyboard.press('Space');
    expect(await page.evaluate(() => (window as unknown as { toggles: number }).toggles)).toBe(1);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);

    await page.keyboard.press('Escape');
    await expect(page.locator('html')).not.toHaveClass(/presenting/);
    await expect(page.getByRole('navigation', { name: 'Loss functions' })).toBeVisible();
  });

  test('the buttons do the same, and ? opens a shortcut list that keeps focus', async ({
    page,
  }) => {
    await page.goto('./#/BCELoss?lang=zh');
    await page.getByRole('button', { name: '演示模式' }).click();
    const bar = page.getByRole('navigation', { name: '演示' });
    await expect(bar).toBeVisible();
    await bar.getByRole('button', { name: /下一个/ }).click();
    await expect(page.getByRole('heading', { name: 'nn.BCEWithLogitsLoss' })).toBeVisible();

    await page.keyboard.press('?');
    const sheet = page.getByRole('dialog', { name: '键盘快捷键' });
    await expect(sheet).toBeVisible();
    await expect(sheet).toContainText('Space');
    await expect(sheet.getByRole('button', { name: '关闭' })).toBeFocused();
    for (let i = 0; i < 3; i++) {
      await page.keyboard.press('Tab');
      const inside = await page.evaluate(() => {
        const a = document.activeElement;
        return a === document.body || !!a?.closest('dialog');
      });
      expect(inside).toBe(true);
    }
    // Esc closes the list only; a second Esc leaves presentation mode.
    await page.keyboard.press('Escape');
    await expect(sheet).toBeHidden();
    await expect(page.locator('html')).toHaveClass(/presenting/);
    await bar.getByRole('button', { name: '退出演示' }).click();
    await expect(page.locator('html')).not.toHaveClass(/presenting/);

    await page.getByRole('button', { name: '键盘快捷键' }).click();
    await expect(sheet).toBeVisible();
    await sheet.getByRole('button', { name: '关闭' }).click();
    await expect(sheet).toBeHidden();
    await expect(page.getByRole('button', { name: '键盘快捷键' })).toBeFocused();
  });

  test('on a 1920×1080 projector at 150 % the panel fits the width', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto('./#/L1Loss?lang=en');
    await expect(page.getByRole('heading', { name: 'nn.L1Loss' })).toBeVisible();
    await page.keyboard.press('p');
    await expect(page.locator('html')).toHaveClass(/presenting/);
    for (const name of ['L1Loss', 'MSELoss', 'SmoothL1Loss', 'HuberLoss']) {
      await expect(page.getByRole('heading', { name: `nn.${name}` })).toBeVisible();
      await expect(page.getByTestId('loss-value')).toBeInViewport();
      const { scroll, client } = await noHorizontalScroll(page);
      expect(scroll, name).toBeLessThanOrEqual(client);
      await page.keyboard.press('ArrowRight');
    }
  });
});

test.describe('export and print', () => {
  test('the figure downloads as a standalone SVG and a 2× PNG with its title and parameters', async ({
    page,
  }) => {
    await page.goto('./#/SmoothL1Loss?beta=0.5&reduction=sum&lang=en');
    const value = evaluateLoss('SmoothL1Loss', MSE_DEFAULTS, { beta: 0.5, reduction: 'sum' })
      .output as number;
    await expect.poll(() => lossValue(page)).toBeCloseTo(value, 12);

    const svgDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Figure as SVG' }).click();
    const svgFile = await svgDownload;
    expect(svgFile.suggestedFilename()).toBe('losslab-SmoothL1Loss.svg');
    const svgText = await readFile((await svgFile.path()) ?? '', 'utf8');
    expect(svgText.startsWith('<?xml')).toBe(true);
    const svg = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      const root = doc.documentElement;
      const curve = doc.querySelector('path.series');
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        root: root.tagName,
        width: Number(root.getAttribute('width')),
        height: Number(root.getAttribute('height')),
        texts: Array.from(doc.querySelectorAll('text')).map((t) => t.textContent),
        curvePoints: (curve?.getAttribute('d') ?? '').split(/[ML]/).length,
        curveStyle: curve?.getAttribute('style') ?? '',
        usesVariables: text.includes('var(--'),
      };
    }, svgText);
    expect(svg.error).toBeNull();
    expect(svg.root).toBe('svg');
    expect(svg.texts).toContain('nn.SmoothL1Loss · loss');
    expect(svg.texts).toContain("nn.SmoothL1Loss(reduction='sum', beta=0.5)");
    expect(svg.texts).toContain(`Result reduction='sum' = ${value}`);
    expect(svg.texts).toContain('SmoothL1Loss');
    expect(svg.curvePoints).toBeGreaterThan(100);
    expect(svg.curveStyle).toContain('stroke:rgb(0, 114, 178)');
    expect(svg.usesVariables).toBe(false);

    const pngDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Figure as PNG' }).click();
    const pngFile = await pngDownload;
    expect(pngFile.suggestedFilename()).toBe('losslab-SmoothL1Loss.png');
    const png = await readFile((await pngFile.path()) ?? '');
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.readUInt32BE(16)).toBe(2 * svg.width);
    expect(png.readUInt32BE(20)).toBe(2 * Math.round(svg.height));
    // Decoded in the browser: the curve's blue is there, and dark title text at the top.
    const pixels = await page.evaluate(async (base64) => {
      const img = new Image();
      img.src = `data:image/png;base64,${base64}`;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = img.width;
      canvas.height = img.height;
      const ctx = canvas.getContext('2d');
      if (!ctx) return null;
      ctx.drawImage(img, 0, 0);
      const { data } = ctx.getImageData(0, 0, img.width, img.height);
      let blue = 0;
      let darkTop = 0;
      for (let i = 0; i < data.length; i += 4) {
        const [r = 0, g = 0, b = 0] = [data[i], data[i + 1], data[i + 2]];
        if (Math.abs(r - 0) + Math.abs(g - 114) + Math.abs(b - 178) < 60) blue++;
        if (i / 4 / img.width < 70 && r + g + b < 200) darkTop++;
      }
      return { blue, darkTop };
    }, png.toString('base64'));
    expect(pixels?.blue).toBeGreaterThan(2000);
    expect(pixels?.darkTop).toBeGreaterThan(200);
    await expect(
      page.getByRole('status').filter({ hasText: 'Saved losslab-SmoothL1Loss.png' }),
    ).toBeVisible();
  });

  test('the handout prints every loss on one page with formula, figure, parameters and code', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await page.goto('./#/HuberLoss?delta=0.5&lang=en');
    await expect(page.getByTestId('loss-value')).toBeVisible();
    await page.evaluate(() => {
      const w = window as unknown as { printed: number };
      w.printed = 0;
      window.print = () => void w.printed++;
    });
    await page.getByRole('button', { name: 'Print handout' }).click();
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    await page.emulateMedia({ media: 'print' });
    const handout = page.locator('.handout');
    await expect(handout).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Loss functions' })).toBeHidden();
    await expect(handout.locator('.katex').first()).toBeVisible();
    await expect(handout.locator('.handout-figure svg').first()).toBeVisible();
    await expect(handout.locator('.handout-params')).toContainText('delta');
    await expect(handout.locator('.handout-params')).toContainText('0.5');
    await expect(handout.locator('.handout-code')).toContainText('nn.HuberLoss(delta=0.5)');
    await expect(handout.locator('.handout-link')).toContainText('#/HuberLoss?v=2&delta=0.5');
    // The copies are not a second panel: no duplicate test ids or ids.
    await expect(page.getByTestId('loss-value')).toHaveCount(1);
    // Back to no emulation: page.pdf() prints with print media only when none is forced.
    await page.emulateMedia({ media: null });

    // The browser's own Print (here: PDF) fills the handout too; one sheet for every loss.
    await page.evaluate(() => {
      const w = window as unknown as { prints: number };
      w.prints = 0;
      window.addEventListener('beforeprint', () => void w.prints++);
    });
    let prints = 0;
    for (const { name } of listLosses()) {
      await page.goto(`./#/${name}?lang=en`);
      await expect(page.getByRole('heading', { name: `nn.${name}` })).toBeVisible();
      await expect(page.locator('#main .katex').first()).toBeVisible();
      for (const format of ['A4', 'Letter'] as const) {
        const pdf = (await page.pdf({ format })).toString('latin1');
        const pages = pdf.match(/\/Type\s*\/Page[^s]/g) ?? [];
        expect(pages.length, `${name} on ${format}`).toBe(1);
        prints++;
        expect(await page.evaluate(() => (window as unknown as { prints: number }).prints)).toBe(
          prints,
        );
      }
    }
  });
});

test.describe('phones', () => {
  test.use({ viewport: { width: 375, height: 800 }, hasTouch: true, isMobile: true });

  test('no panel scrolls sideways at 375 px, and the catalog folds away', async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto('./#/L1Loss?lang=en');
    const catalog = page.getByRole('navigation', { name: 'Loss functions' });
    const menu = catalog.getByRole('button', { name: /Choose a loss/ });
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await expect(catalog.getByRole('link', { name: /MSELoss/ })).toBeHidden();
    for (const { name } of listLosses()) {
      await menu.click();
      await catalog.getByRole('link', { name: new RegExp(`^${name}\\b`) }).click();
      await expect(menu).toHaveAttribute('aria-expanded', 'false');
      await expect(page.getByRole('heading', { name: `nn.${name}` })).toBeVisible();
      await expect(page.locator('#main .katex').first()).toBeVisible();
      const { scroll, client } = await noHorizontalScroll(page);
      expect(scroll, `${name} (en)`).toBeLessThanOrEqual(client);
    }
    for (const { name } of listLosses()) {
      await page.goto(`./#/${name}?lang=zh`);
      await expect(page.getByRole('heading', { name: `nn.${name}` })).toBeVisible();
      await expect(page.locator('#main .katex').first()).toBeVisible();
      const { scroll, client } = await noHorizontalScroll(page);
      expect(scroll, `${name} (zh)`).toBeLessThanOrEqual(client);
    }
  });
});

test.describe('offline', () => {
  test.use({ serviceWorkers: 'allow' });

  const DIST = join(import.meta.dirname, '..', 'dist');
  const TYPES: Record<string, string> = {
    '.html': 'text/html',
    '.js': 'text/javascript',
    '.css': 'text/css',
    '.svg': 'image/svg+xml',
    '.woff2': 'font/woff2',
  };
  // A static host we can take down and redeploy, unlike the shared preview server.
  const host = { down: false, title: '', server: null as Server | null, origin: '' };

  test.beforeAll(async () => {
    host.server = createServer((req, res) => {
      if (host.down) {
        req.socket.destroy();
        return;
      }
      const path = new URL(req.url ?? '/', 'http://x').pathname;
      const rel = normalize(path === '/' ? 'index.html' : path.slice(1));
      const file = join(DIST, rel);
      if (!file.startsWith(DIST) || !existsSync(file) || statSync(file).isDirectory()) {
        res.writeHead(404).end();
        return;
      }
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-cache',
      });
      if (rel === 'index.html' && host.title) {
        res.end(
          readFileSync(file, 'utf8').replace(
            /<title>[^<]*<\/title>/,
            `<title>${host.title}</title>`,
          ),
        );
        return;
      }
      createReadStream(file).pipe(res);
    });
    await new Promise<void>((resolve) => host.server?.listen(0, '127.0.0.1', resolve));
    host.origin = `http://127.0.0.1:${(host.server.address() as AddressInfo).port}`;
  });

  test.afterAll(async () => {
    host.server?.closeAllConnections();
    await new Promise<void>((resolve) => host.server?.close(() => resolve()));
  });

  test('after a first visit the app works with no network at all', async ({ page, context }) => {
    host.down = false;
    await page.goto(`${host.origin}/#/MSELoss?reduction=sum&lang=en`);
    await expect(page.getByText('Available offline')).toBeVisible();

    host.down = true;
    await context.setOffline(true);
    await page.reload();
    await expect(page.getByRole('heading', { name: 'nn.MSELoss' })).toBeVisible();
    await expect(page.getByText('Offline: using the saved copy')).toBeVisible();
    const sum = evaluateLoss('MSELoss', MSE_DEFAULTS, { reduction: 'sum' }).output as number;
    await expect.poll(() => lossValue(page)).toBeCloseTo(sum, 12);
    await expect(page.locator('#main .katex').first()).toBeVisible();
    // KaTeX's own fonts came from the cache, not a system fallback.
    const katexFonts = await page.evaluate(async () => {
      await document.fonts.ready;
      return Array.from(document.fonts).filter(
        (f) => f.family.includes('KaTeX') && f.status === 'loaded',
      ).length;
    });
    expect(katexFonts).toBeGreaterThan(0);

    // A panel never opened before loads its code from the cache and computes.
    await page.getByRole('link', { name: /^CrossEntropyLoss\b/ }).click();
    await expect(page.getByRole('heading', { name: 'nn.CrossEntropyLoss' })).toBeVisible();
    await page.getByRole('radio', { name: 'sum' }).check();
    const ce = evaluateLoss('CrossEntropyLoss', CROSS_ENTROPY.example, { reduction: 'sum' })
      .output as number;
    await expect.poll(() => lossValue(page)).toBeCloseTo(ce, 12);
  });

  test('a new version is picked up on the next visit', async ({ page, context }) => {
    host.down = false;
    host.title = '';
    await page.goto(`${host.origin}/#/L1Loss?lang=en`);
    await expect(page.getByText('Available offline')).toBeVisible();
    await page.reload();
    await expect(page.getByRole('heading', { name: 'nn.L1Loss' })).toBeVisible();
    host.title = 'Loss Lab (redeployed)';
    await page.reload();
    await expect(page).toHaveTitle('Loss Lab (redeployed)');
    await expect(page.getByRole('heading', { name: 'nn.L1Loss' })).toBeVisible();
    // Offline again, the page last seen is the one kept.
    host.down = true;
    await context.setOffline(true);
    await page.reload();
    await expect(page).toHaveTitle('Loss Lab (redeployed)');
    await expect(page.getByRole('heading', { name: 'nn.L1Loss' })).toBeVisible();
    host.title = '';
  });
});
