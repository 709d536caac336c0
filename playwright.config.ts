import { defineConfig, devices } from '@playwright/test';
// @ts-expect-error: a plain .mjs script shared with `npm test`, without type declarations.
import { findChromium } from './scripts/ensure-chromium.mjs';

const executablePath = (findChromium as () => string | null)() ?? undefined;
// E2E_PORT lets several checkouts run their suites side by side.
const port = Number(process.env['E2E_PORT'] ?? 4173);

// Flags for Debian's Chromium run as root in a sandbox without network: no sandbox, no GPU, and
// none of the background connections that a closed network refuses.
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  reporter: process.env.CI ? [['list']] : [['list']],
  timeout: 30_000,
  use: {
    ...devices['Desktop Chrome'],
    baseURL: `http://localhost:${port}/`,
    viewport: { width: 1280, height: 900 },
    trace: 'on-first-retry',
    // The built app registers a service worker; specs get pages straight from the server
    // unless they test the worker itself (e2e/classroom.spec.ts turns it back on).
    serviceWorkers: 'block',
    launchOptions: { ...(executablePath ? { executablePath } : {}), args: CHROMIUM_ARGS },
  },
  webServer: {
    command: `npx vite preview --port ${port} --strictPort`,
    url: `http://localhost:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
