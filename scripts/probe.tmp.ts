import { chromium } from '@playwright/test';
import { preview } from 'vite';
import { listLosses } from '../src/index.ts';
// @ts-expect-error mjs
import { findChromium } from '../scripts/ensure-chromium.mjs';
const server = await preview({ root: '/work/wt/a11y', preview: { port: 4408, strictPort: true }, logLevel: 'silent' });
const browser = await chromium.launch({ executablePath: findChromium() ?? undefined, args: ['--no-sandbox', '--disable-gpu'] });
const values = ['5', '[]', '[[[1]]]', '[[1,2],[3]]', '[[1,2],[3,4]]', '1,2', '[[[[1,2]]]]', '0', '-1e6', '1e6', '[[]]'];
const page = await browser.newPage();
let current = '';
page.on('console', (m) => { if (m.type() === 'error') console.log('ERR', current, m.text().slice(0, 200)); });
page.on('pageerror', (e) => console.log('PAGEERR', current, e.message.slice(0, 200)));
for (const meta of listLosses()) {
  for (const arg of meta.arguments) {
    for (const v of values) {
      current = `${meta.name}?${arg.name}=${v}`;
      await page.goto(`http://localhost:4408/#/${current}`);
      await page.waitForTimeout(150);
      console.log(current, await page.locator("article").first().getAttribute("aria-label"), await page.locator(".compute-error, [role=alert]").count());
      const crashed = await page.locator('.panel-error').count();
      if (crashed) console.log('CRASH', current, await page.locator('.error-detail').textContent());
    }
  }
}
await browser.close();
server.httpServer.close();
