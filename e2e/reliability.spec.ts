import { readdirSync, readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { evaluateLoss, listLosses, type KeywordMeta } from '../src/index.ts';
import { expect, lossValue, test } from './fixtures.ts';

const DEFAULT_INPUT = [0.5, 2.0, -1.0, 3.0];
const DEFAULT_TARGET = [1.0, 0.0, -1.5, 3.5];

function core(name: string, input: number[], target: number[], reduction = 'mean'): number {
  return evaluateLoss(name, { input, target }, { reduction }).output as number;
}

/**
 * The built file of one loss's lazily loaded panel, read from the entry chunk's import table
 * (`MSELoss:()=>…import("./Panel-abc.js")`): the request a test intercepts to break that panel.
 */
function panelChunk(name: string): string {
  const entry = readdirSync('dist/assets').find((f) => /^index-.*\.js$/.test(f)) ?? '';
  const code = readFileSync(`dist/assets/${entry}`, 'utf8');
  // The chunk's name says Panel: the entry holds other tables keyed by loss name (teaching
  // content, loss code) whose order in the file changes from build to build.
  const m = new RegExp(
    `\\b${name}:\\(\\)=>[^,]*?import\\([\`'"]\\./([^\`'"]*Panel[^\`'"]*)[\`'"]\\)`,
  ).exec(code);
  if (!m?.[1]) throw new Error(`no lazy chunk for ${name} in ${entry}`);
  return m[1];
}

/** Takes the console errors a test provoked on purpose, checking there are no others. */
function expectOnly(errors: string[], expected: RegExp): void {
  expect(errors.length, 'the induced failure is reported').toBeGreaterThan(0);
  for (const e of errors) expect(e).toMatch(expected);
  errors.length = 0;
}

const catalog = (page: Page) => page.getByRole('navigation', { name: 'Loss functions' });
const catalogLink = (page: Page, name: string) =>
  catalog(page).getByRole('link', { name: new RegExp(`^${name}\\b`) });

test.describe('tensor as text', () => {
  test('a typed tensor updates cells, value and link; bad text is refused beside the field', async ({
    page,
  }) => {
    await page.goto('./#/MSELoss?lang=en');
    const input = page.getByRole('group', { name: 'input', exact: true });
    await input.getByRole('button', { name: 'Edit as text' }).click();
    const field = page.getByRole('textbox', { name: 'input as text' });
    await expect(field).toHaveValue('[0.5, 2, -1, 3]');

    await field.fill('[1, 2, 3, 4]');
    await expect(page.getByRole('textbox', { name: 'input[3]' })).toHaveValue('4');
    await expect
      .poll(() => lossValue(page))
      .toBeCloseTo(core('MSELoss', [1, 2, 3, 4], DEFAULT_TARGET), 10);
    await expect(page).toHaveURL(/input=1,2,3,4/);
    const good = await lossValue(page);

    const refusals: [string, string][] = [
      ['1, 2, abc, 4', '"abc" is not a finite number.'],
      ['[1, 2, 3', 'The brackets do not pair up.'],
      ['[1, 2, NaN, 4]', '"NaN" is not a finite number.'],
      ['[[1, 2], [3, 4]]', 'That is a tensor of shape (2, 2); here it must be (N,).'],
      ['', 'Type at least one number.'],
    ];
    for (const [text, message] of refusals) {
      await field.fill(text);
      await expect(field).toHaveAttribute('aria-invalid', 'true');
      await expect(input).toContainText(message);
      await expect(input).toContainText('The tensor keeps its last valid value.');
      expect(await lossValue(page)).toBe(good);
    }
    // A cell edited meanwhile shows up in the text once the text is valid again.
    await field.fill('1 2 3 5');
    await expect(field).toHaveAttribute('aria-invalid', 'false');
    await page.getByRole('textbox', { name: 'input[0]' }).fill('-2');
    await expect(field).toHaveValue('[-2, 2, 3, 5]');
  });

  test('the batch may change through text where the panel resizes, and PyTorch judges the mix', async ({
    page,
  }) => {
    await page.goto('./#/L1Loss?lang=en');
    for (const arg of ['input', 'target']) {
      await page
        .getByRole('group', { name: arg, exact: true })
        .getByRole('button', { name: 'Edit as text' })
        .click();
    }
    await page.getByRole('textbox', { name: 'input as text' }).fill('1, 2, 3, 4, 5');
    // Input now has 5 elements and target 4: the core refuses, in PyTorch's words.
    await expect(page.getByText('PyTorch would refuse this input')).toBeVisible();
    await page.getByRole('textbox', { name: 'target as text' }).fill('0\n0\n0\n0\n0');
    await expect
      .poll(() => lossValue(page))
      .toBeCloseTo(core('L1Loss', [1, 2, 3, 4, 5], [0, 0, 0, 0, 0]), 12);
    await expect(page.getByRole('textbox', { name: 'input[4]' })).toHaveValue('5');
  });

  test('a paste of 100 000 values is refused at once and the page keeps responding', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('./#/L1Loss?lang=en');
    const before = await lossValue(page);
    const input = page.getByRole('group', { name: 'input', exact: true });
    await input.getByRole('button', { name: 'Edit as text' }).click();
    const field = page.getByRole('textbox', { name: 'input as text' });
    const huge = Array.from({ length: 100_000 }, (_, i) => (i % 7) - 3).join(', ');

    // A real paste from the clipboard, as a student would do it.
    await page.evaluate((text) => navigator.clipboard.writeText(text), huge);
    await field.focus();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('ControlOrMeta+V');
    await expect(input).toContainText(`Refused: ${huge.length.toLocaleString('en')} characters`);
    await expect(field).toHaveValue('[0.5, 2, -1, 3]');
    expect(await lossValue(page)).toBe(before);

    // The same text set in one input event: refused and painted well within a second.
    const elapsed = await page.evaluate((text) => {
      const area = document.querySelector<HTMLTextAreaElement>('.tensor-text textarea');
      if (!area) throw new Error('no text field');
      const setValue = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value');
      const start = performance.now();
      setValue?.set?.call(area, text);
      area.dispatchEvent(new Event('input', { bubbles: true }));
      return new Promise<number>((resolve) =>
        requestAnimationFrame(() => resolve(performance.now() - start)),
      );
    }, huge);
    expect(elapsed).toBeLessThan(1000);

    // Still responsive: another keyword applies at once.
    await page.getByRole('radio', { name: 'sum' }).check();
    await expect.poll(() => lossValue(page)).toBeCloseTo(before * 4, 10);
  });

  test('a 3-d tensor from a link is edited as text', async ({ page }) => {
    await page.goto('./#/L1Loss?input=[[[1,2]],[[3,4]]]&target=[[[0,0]],[[0,0]]]&lang=en');
    const input = page.getByRole('group', { name: 'input', exact: true });
    await expect(input).toContainText('A 3-d tensor: edit it as text.');
    const field = page.getByRole('textbox', { name: 'input as text' });
    await expect(field).toHaveValue('[[[1, 2]],\n [[3, 4]]]');
    await expect.poll(() => lossValue(page)).toBeCloseTo(2.5, 12);
    await field.fill('[[[1, 1]], [[1, 1]]]');
    await expect.poll(() => lossValue(page)).toBeCloseTo(1, 12);
  });
});

test.describe('error boundary', () => {
  test('a panel that throws is contained; the rest works; reset brings it back', async ({
    page,
    consoleErrors,
  }) => {
    const chunk = panelChunk('MSELoss');
    // The real MSELoss panel, wrapped so that it throws while window.__boom is set.
    await page.route(`**/assets/${chunk}`, (route) =>
      route.fulfill({
        contentType: 'text/javascript',
        body: [
          `import Real from './${chunk}?real';`,
          `export * from './${chunk}?real';`,
          'export default function Panel(props) {',
          '  if (window.__boom) throw new Error("boom: induced by the test");',
          '  return Real(props);',
          '}',
        ].join('\n'),
      }),
    );
    await page.goto('./#/L1Loss?lang=en');
    await page.evaluate(() => {
      (window as unknown as { __boom: boolean }).__boom = true;
    });
    await page.goto('./#/MSELoss?reduction=sum&lang=en');
    const crashed = page
      .getByRole('alert')
      .filter({ hasText: 'The MSELoss panel ran into a problem' });
    await expect(crashed).toBeVisible();
    await expect(crashed).toContainText('boom: induced by the test');

    // Header, catalog and other panels keep working.
    await page.getByRole('button', { name: '中文' }).click();
    await expect(page.getByRole('alert')).toContainText('MSELoss 面板出了问题');
    await page.getByRole('button', { name: 'English' }).click();
    await catalogLink(page, 'L1Loss').click();
    await expect(page.getByRole('article', { name: 'L1Loss' })).toBeVisible();
    await expect
      .poll(() => lossValue(page))
      .toBeCloseTo(core('L1Loss', DEFAULT_INPUT, DEFAULT_TARGET), 12);
    await catalogLink(page, 'MSELoss').click();
    await expect(crashed).toBeVisible();

    // Whatever broke is gone: reset restores the panel with its default settings.
    await page.evaluate(() => {
      (window as unknown as { __boom: boolean }).__boom = false;
    });
    await page.getByRole('button', { name: 'Reset this panel' }).click();
    await expect(page.getByRole('article', { name: 'MSELoss' })).toBeVisible();
    await expect(page.getByRole('radio', { name: 'mean' })).toBeChecked();
    await expect
      .poll(() => lossValue(page))
      .toBeCloseTo(core('MSELoss', DEFAULT_INPUT, DEFAULT_TARGET), 12);
    expectOnly(consoleErrors, /boom: induced by the test/);
  });

  test('a panel whose code cannot load is contained and loads again on reset', async ({
    page,
    consoleErrors,
  }) => {
    const chunk = panelChunk('HuberLoss');
    let offline = true;
    await page.route(`**/assets/${chunk}`, (route) =>
      offline ? route.abort('internetdisconnected') : route.continue(),
    );
    await page.goto('./#/HuberLoss?lang=en');
    const failed = page.getByRole('alert').filter({ hasText: 'could not be loaded' });
    await expect(failed).toBeVisible();
    await expect(failed).toContainText('The HuberLoss panel could not be loaded');

    await catalogLink(page, 'SmoothL1Loss').click();
    await expect(page.getByRole('article', { name: 'SmoothL1Loss' })).toBeVisible();
    await expect(page.getByTestId('loss-value')).not.toHaveText('—');
    await catalogLink(page, 'HuberLoss').click();
    await expect(failed).toBeVisible();

    offline = false;
    await page.getByRole('button', { name: 'Reset this panel' }).click();
    await expect(page.getByRole('article', { name: 'HuberLoss' })).toBeVisible();
    await expect
      .poll(() => lossValue(page))
      .toBeCloseTo(
        evaluateLoss('HuberLoss', { input: DEFAULT_INPUT, target: DEFAULT_TARGET })
          .output as number,
        12,
      );
    expectOnly(consoleErrors, /ERR_INTERNET_DISCONNECTED|dynamically imported module/);
  });
});

test.describe('saved state', () => {
  test('survives a reload and a visit without a link', async ({ page }) => {
    await page.goto('./#/MSELoss?lang=en');
    await page.getByRole('radio', { name: 'sum' }).check();
    await page.getByRole('textbox', { name: 'input[0]' }).fill('1.25');
    const expected = core('MSELoss', [1.25, 2, -1, 3], DEFAULT_TARGET, 'sum');
    await expect.poll(() => lossValue(page)).toBeCloseTo(expected, 12);
    // The link and the saved state are written once an edit settles (debounced): wait for it,
    // as a user would see the address bar update, then reload.
    await expect(page).toHaveURL(/reduction=sum.*input=1\.25/);

    await page.reload();
    await expect.poll(() => lossValue(page)).toBeCloseTo(expected, 12);
    // No link at all: the last visit comes back from storage.
    await page.goto('./');
    await expect(page.getByRole('article', { name: 'MSELoss' })).toBeVisible();
    await expect(page.getByRole('radio', { name: 'sum' })).toBeChecked();
    await expect(page.getByRole('textbox', { name: 'input[0]' })).toHaveValue('1.25');
    await expect.poll(() => lossValue(page)).toBeCloseTo(expected, 12);
    await expect(page.getByRole('status', { name: 'Notices' })).toHaveCount(0);
  });

  const corrupted: [string, string][] = [
    ['not JSON', '{oops'],
    ['null', 'null'],
    ['an array', '[1, 2, 3]'],
    ['a wrong version', '{"version":99,"selected":"MSELoss","losses":{}}'],
    ['an unknown loss', '{"version":1,"selected":"<img src=x onerror=alert(1)>","losses":{}}'],
    [
      'a wrong type',
      '{"version":1,"selected":"MSELoss","losses":{"MSELoss":{"params":{"reduction":1},"tensors":{},"highlight":0}}}',
    ],
    [
      'a ragged tensor',
      '{"version":1,"selected":"MSELoss","losses":{"MSELoss":{"params":{},"tensors":{"input":[[1],[2,3]]},"highlight":0}}}',
    ],
    [
      'a prototype key',
      '{"version":1,"selected":"MSELoss","losses":{"__proto__":{"params":{},"tensors":{},"highlight":0}}}',
    ],
    [
      'a huge value',
      `{"version":1,"selected":"MSELoss","losses":{"MSELoss":${'['.repeat(50_000)}}}`,
    ],
  ];
  for (const [label, value] of corrupted) {
    test(`corrupted save (${label}) is discarded with a notice`, async ({ page }) => {
      await page.goto('./?lang=en');
      await page.evaluate((v) => {
        localStorage.setItem('losslab.state', v);
        localStorage.setItem('losslab.theme', '"><script>alert(1)</script>');
        localStorage.setItem('losslab.lang', 'en');
      }, value);
      await page.goto('./');
      await expect(page.getByRole('status', { name: 'Notices' })).toContainText(
        'Your saved settings from an earlier visit could not be read',
      );
      await expect(page.getByRole('article', { name: 'L1Loss' })).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'system');
      await expect
        .poll(() => lossValue(page))
        .toBeCloseTo(core('L1Loss', DEFAULT_INPUT, DEFAULT_TARGET), 12);
      await page.getByRole('radio', { name: 'sum' }).check();
      await expect
        .poll(() => lossValue(page))
        .toBeCloseTo(core('L1Loss', DEFAULT_INPUT, DEFAULT_TARGET, 'sum'), 12);
      // What is stored now is the fresh, valid state (written once the change settles).
      await expect
        .poll(async () =>
          JSON.parse((await page.evaluate(() => localStorage.getItem('losslab.state'))) ?? 'null'),
        )
        .toMatchObject({ version: 1, selected: 'L1Loss' });
    });
  }
});

/** Hostile values for one keyword of a loss, by its kind. */
function hostileValues(kw: KeywordMeta): string[] {
  switch (kw.kind) {
    case 'number':
      return ['1e309', 'abc', '0x10', '-Infinity'];
    case 'boolean':
      return ['maybe', '2'];
    case 'reduction':
    case 'choice':
      return ['1', 'MEAN', '%3Cscript%3Ealert(1)%3C%2Fscript%3E'];
    case 'tensor':
      return ['[[1],[2,3]]', '[1,'];
  }
}

const SCRIPTS = [
  '%3Cscript%3Ealert(1)%3C%2Fscript%3E',
  '%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E',
  '"><img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '%E2%80%AE',
  '%E0%A4%A',
];

/** Query strings that must all fall back to defaults with a notice, for a loss of that name. */
function hostileQueries(name: string): string[] {
  const meta = listLosses().find((m) => m.name === name);
  if (!meta) throw new Error(name);
  const arg = meta.arguments[0]?.name ?? 'input';
  const queries = [
    ...SCRIPTS.map((s) => `${arg}=${s}`),
    ...SCRIPTS.map((s) => `${s}=1`),
    `${arg}=${'9'.repeat(100_000)}`,
    `${arg}=${Array.from({ length: 100_000 }, () => '1').join(',')}`,
    `${arg}=1e309`,
    '__proto__=1',
    '__proto__%5Bpolluted%5D=1',
    'constructor=%7B%7D',
    'lang=%3Cscript%3E',
    `reduction=sum&reduction=none`,
  ];
  for (const kw of meta.keywords)
    for (const v of hostileValues(kw).slice(0, 2)) queries.push(`${kw.name}=${v}`);
  return queries;
}

/** Paths that name no loss: the app shows L1Loss with a notice. */
const HOSTILE_PATHS = [
  '%3Cscript%3Ealert(1)%3C%2Fscript%3E',
  '%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E',
  'javascript:alert(1)',
  '%E2%80%AEssoL1L',
  '%E0%A4%A',
  '__proto__',
  'constructor',
  'NoSuchLoss',
  'x'.repeat(100_000),
];

async function expectWorkingPanel(page: Page, name: string): Promise<void> {
  await expect(page.getByRole('article', { name, exact: true })).toBeVisible();
  await expect(page.locator('.panel-error')).toHaveCount(0);
  await expect(page.getByRole('status', { name: 'Notices' })).toBeVisible();
  // Nothing a link carried turned into markup or ran.
  await expect(page.locator('img[src="x"], .panel script, .notices img')).toHaveCount(0);
  expect(await page.evaluate(() => 'polluted' in {})).toBe(false);
  if ((await page.getByTestId('loss-value').count()) > 0) {
    await expect(page.getByTestId('loss-value')).not.toHaveText('—');
  }
}

test.describe('hostile links', () => {
  test('paths that name no loss show L1Loss with a notice', async ({ page }) => {
    for (const path of HOSTILE_PATHS) {
      await test.step(path.slice(0, 40), async () => {
        // A cold load each time: the link is read while the app starts.
        await page.goto('about:blank');
        await page.goto(`./#/${path}?lang=en`);
        await expectWorkingPanel(page, 'L1Loss');
      });
    }
  });

  test('a link followed while a rewrite of the address is due still loads', async ({ page }) => {
    await page.goto('./#/L1Loss?lang=en');
    await expect(page.getByTestId('loss-value')).not.toHaveText('—');
    // The app's debounced rewrite of the address can fire after a navigation and before its
    // hashchange event; here it is played by hand, in that order.
    await page.evaluate(() => {
      const before = window.location.hash;
      window.location.hash = '#/MSELoss?reduction=sum&reduction=none&lang=en';
      window.history.replaceState(null, '', before);
    });
    await expect(page.getByRole('article', { name: 'MSELoss', exact: true })).toBeVisible();
    await expect(page.getByRole('status', { name: 'Notices' })).toContainText('reduction');
  });

  // Every loss of the core, so panels added later are covered too.
  for (const meta of listLosses()) {
    test(`${meta.name}: hostile query strings fall back to defaults with a notice`, async ({
      page,
    }) => {
      test.setTimeout(90_000);
      // The first link is loaded cold, the rest arrive as hash changes on the running app.
      for (const query of hostileQueries(meta.name)) {
        await test.step(query.slice(0, 60), async () => {
          await page.goto(`./#/${meta.name}?${query}&lang=en`);
          await expectWorkingPanel(page, meta.name);
          const dismiss = page.getByRole('button', { name: 'Dismiss' });
          while ((await dismiss.count()) > 0) await dismiss.first().click();
        });
      }
    });
  }
});

test('the built page carries a Content-Security-Policy that blocks inline script', async ({
  page,
  consoleErrors,
}) => {
  await page.goto('./#/L1Loss?lang=en');
  const csp = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  const scriptSrc = (csp ?? '').split(';').find((d) => d.trim().startsWith('script-src'));
  expect(scriptSrc?.trim()).toBe("script-src 'self'");
  const ran = await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.__inline = 1';
    document.head.append(s);
    return (window as unknown as { __inline?: number }).__inline;
  });
  expect(ran).toBeUndefined();
  expectOnly(consoleErrors, /Content Security Policy/);
});
