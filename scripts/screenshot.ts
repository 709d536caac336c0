/**
 * Takes the README's screenshot from the built app: `npm run build && npm run screenshot`.
 * Usage: tsx scripts/screenshot.ts [hash] [out.png] [width] [height]
 */
import { chromium } from '@playwright/test';
import { preview } from 'vite';
import { chromiumLaunchOptions } from './ensure-chromium.mjs';

const [hash = '#/MSELoss?lang=en', out = 'docs/screenshot.png', width = '1280', height = '900'] =
  process.argv.slice(2);

const port = Number(process.env['SCREENSHOT_PORT'] ?? 4180);
const server = await preview({ preview: { port, strictPort: true }, logLevel: 'silent' });
const browser = await chromium.launch(chromiumLaunchOptions());
try {
  const page = await browser.newPage({
    viewport: { width: Number(width), height: Number(height) },
  });
  page.on('console', (m) => {
    if (m.type() === 'error') console.error('console error:', m.text());
  });
  await page.goto(`http://localhost:${port}/${hash}`);
  await page.getByTestId('loss-value').waitFor();
  await page.screenshot({ path: out, fullPage: false });
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
  await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
}
