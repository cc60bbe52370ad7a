// Browser tests of the stsplay playground. They run in Debian's Chromium
// (/usr/bin/chromium, installed by apt-get), never in a browser Playwright
// downloads. global-setup.mjs serves the built site (make site) on a free
// port of 127.0.0.1 with the headers netlify.toml declares.
import { defineConfig } from '@playwright/test';

/** The Chromium flags: no sandbox (CI runs as root), no GPU, no traffic of its own. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export default defineConfig({
  testDir: './tests',
  outputDir: './artifacts/test-results',
  globalSetup: './global-setup.mjs',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['./lib/summary-reporter.mjs']],
  use: {
    browserName: 'chromium',
    headless: true,
    launchOptions: { executablePath: chromiumPath, args: chromiumArgs },
    screenshot: 'only-on-failure',
    trace: 'off',
    viewport: { width: 1280, height: 900 },
  },
});
