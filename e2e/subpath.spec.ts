import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { expect, test } from './fixtures.ts';

const DIST = join(import.meta.dirname, '..', 'dist');
const PREFIX = '/courses/ml101/loss-lab/';
const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.png': 'image/png',
};

let server: Server;
let origin = '';

// A static host that serves dist/ only below a deep sub-path, like GitHub Pages for a project.
test.beforeAll(async () => {
  server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    if (!url.pathname.startsWith(PREFIX)) {
      res.writeHead(404).end();
      return;
    }
    const rel = normalize(url.pathname.slice(PREFIX.length) || 'index.html');
    const file = join(DIST, rel);
    if (!file.startsWith(DIST) || !existsSync(file) || statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

test.afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

test('the built app works from a sub-path of a static host', async ({ page }) => {
  await page.goto(`${origin}${PREFIX}#/MSELoss?reduction=sum&lang=en`);
  await expect(page.getByRole('heading', { name: 'nn.MSELoss' })).toBeVisible();
  await expect(page.getByTestId('loss-value')).toHaveText('4.75');
  await expect(page.locator('.katex').first()).toBeVisible();
});
