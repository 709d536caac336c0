#!/usr/bin/env node
/**
 * Finds a headless Chromium for the end-to-end tests, or obtains one, and prints its path.
 * Order: $CHROMIUM_PATH, /usr/bin/chromium (Debian), Playwright's own browsers; if none exists,
 * Playwright's installer (where downloads work), else `apt-get install -y chromium` when root
 * on Debian/Ubuntu. playwright.config.ts calls findChromium() from here too.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const SYSTEM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

function playwrightBrowser() {
  try {
    const out = execFileSync(
      process.execPath,
      ['-e', "process.stdout.write(require('playwright-core').chromium.executablePath())"],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] },
    );
    return out && existsSync(out) ? out : null;
  } catch {
    return null;
  }
}

/**
 * Flags for Debian's Chromium run as root in a sandbox without network: no sandbox, no GPU, and
 * none of the background connections that a closed network refuses.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** Launch options for Playwright's chromium.launch(): the Chromium found, with CHROMIUM_ARGS. */
export function chromiumLaunchOptions() {
  const executablePath = findChromium();
  return { ...(executablePath ? { executablePath } : {}), args: CHROMIUM_ARGS };
}

/** The first Chromium found, or null. */
export function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but no file is there`);
  }
  return SYSTEM_PATHS.find((p) => existsSync(p)) ?? playwrightBrowser();
}

function tryPlaywrightInstall() {
  console.log('[chromium] none found; trying `npx playwright install chromium` ...');
  const r = spawnSync('npx', ['playwright', 'install', 'chromium'], {
    stdio: 'inherit',
    timeout: 300_000,
  });
  return r.status === 0 ? playwrightBrowser() : null;
}

function tryApt() {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !existsSync('/usr/bin/apt-get')) return null;
  console.log("[chromium] installing Debian's chromium with apt-get (running as root) ...");
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  const r = spawnSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
  return r.status === 0 ? findChromium() : null;
}

function main() {
  let found = findChromium();
  if (found) {
    console.log(`[chromium] using ${found}`);
    return;
  }
  found = tryApt() ?? tryPlaywrightInstall();
  if (!found) {
    console.error(
      '[chromium] could not find or install Chromium. Install it (Debian: apt-get install -y chromium) ' +
        'or point CHROMIUM_PATH at a Chromium binary, then run npm test again.',
    );
    process.exit(1);
  }
  console.log(`[chromium] installed; using ${found}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
