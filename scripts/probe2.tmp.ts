import { chromium } from '@playwright/test';
import { preview } from 'vite';
import { listLosses } from '../src/index.ts';
import { defaultLossState } from '../app/store/lossState.ts';
// @ts-expect-error mjs
import { findChromium } from './ensure-chromium.mjs';
const server = await preview({ preview: { port: 4408, strictPort: true }, logLevel: 'silent' });
const browser = await chromium.launch({ executablePath: findChromium() ?? undefined, args: ['--no-sandbox', '--disable-gpu'] });
for (const meta of listLosses()) {
  for (const h of [3, 7, 40, 999]) {
  const page = await browser.newPage();
  const cur = `${meta.name} h=${h}`;
  page.on('console', (m) => { if (m.type() === 'error') console.log('ERR', cur, m.text().slice(0, 200)); });
  page.on('pageerror', (e) => console.log('PAGEERR', cur, e.message.slice(0, 200)));
  const state = { version: 1, selected: meta.name, losses: { [meta.name]: { ...defaultLossState(meta.name), highlight: h } } };
  await page.addInitScript((s) => localStorage.setItem('losslab.state', s), JSON.stringify(state));
  await page.goto('http://localhost:4408/');
  await page.waitForTimeout(400);
  const crashed = await page.locator('.panel-error').count();
  if (crashed) console.log('CRASH', cur, await page.locator('.error-detail').textContent());
  await page.close();
  }
}
await browser.close();
server.httpServer.close();
