// Embed mode: a documentation page on another site frames embed.html; the
// playground loads the chosen preset with the chosen panes and reports its
// height to the parent. The full playground itself cannot be framed.
import { test as base, expect } from '../lib/fixtures.mjs';
import { loadPresets } from '../lib/presets.mjs';
import { createServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { waitReady } from '../lib/page.mjs';

const preset = loadPresets().at(-1);
const shots = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'artifacts', 'screenshots');

/**
 * Starts a documentation site on another origin (localhost, while the
 * playground is on 127.0.0.1) whose page frames src and records the
 * height messages it receives.
 */
async function hostSite(src) {
  const server = createServer((req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><title>docs</title><h1>Docs</h1>
<iframe id="play" title="stsplay" src="${src}" style="width:800px;height:200px;border:0"></iframe>
<script>
  window.heights = [];
  window.addEventListener('message', (e) => {
    if (e.data && e.data.type === 'stsplay:height') {
      window.heights.push({ origin: e.origin, height: e.data.height });
      document.getElementById('play').style.height = e.data.height + 'px';
    }
  });
</script>`);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://localhost:${server.address().port}/guide.html`,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

/** hostSite(src) in a test: servers it starts are closed when the test ends. */
const test = base.extend({
  hostSite: async ({}, use) => {
    const started = [];
    await use(async (src) => {
      const site = await hostSite(src);
      started.push(site);
      return site;
    });
    await Promise.all(started.map((s) => s.close()));
  },
});

test('embed.html in another site loads the preset and reports its height', async ({ page, baseURL, hostSite }) => {
  const host = await hostSite(`${baseURL}/embed.html?preset=${preset.name}&panes=checks,xml`);
  await page.goto(host.url);
  const frame = page.frameLocator('#play');
  await expect(frame.locator('html')).toHaveAttribute('data-ready', 'true', { timeout: 20_000 });
  await expect(frame.locator('html')).toHaveClass(/\bembed\b/);
  await expect(frame.getByTestId('preset-title')).toHaveText(preset.title);
  await expect(frame.getByTestId('check-result-0')).toBeVisible();
  await expect(frame.locator('[data-pane="inputs"]').first()).toBeHidden();
  await expect(frame.getByTestId('embed-open-link')).toHaveAttribute('href', new RegExp(`^${baseURL}/#v=[12]&`));
  // The rule book may not be framed, so an embed opens it in a new tab.
  await expect(frame.getByTestId('rules-link')).toHaveAttribute('target', '_blank');

  // The height arrives from the playground's origin and fits the content.
  await expect.poll(() => page.evaluate(() => window.heights.length)).toBeGreaterThan(0);
  const heights = await page.evaluate(() => window.heights);
  expect(new Set(heights.map((h) => h.origin))).toEqual(new Set([new URL(baseURL).origin]));
  const inner = page.frames().find((f) => f.url().startsWith(`${baseURL}/embed.html`));
  await expect
    .poll(async () => {
      const reported = (await page.evaluate(() => window.heights.at(-1).height));
      const actual = await inner.evaluate(() => Math.ceil(document.documentElement.scrollHeight));
      return Math.abs(reported - actual);
    })
    .toBeLessThanOrEqual(1);
  const last = await page.evaluate(() => window.heights.at(-1).height);
  expect(last).toBeGreaterThan(200);
  await expect(page.locator('#play')).toHaveCSS('height', `${last}px`);
  // A frame from another site is painted only inside the viewport: make room for all of it.
  await page.setViewportSize({ width: 900, height: last + 150 });
  await page.locator('#play').screenshot({ path: path.join(shots, 'embed.png') });
});

test('the full playground refuses to be framed by another site', async ({ page, baseURL, watcher, hostSite }) => {
  watcher.allowCsp(/frame-ancestors/);
  const host = await hostSite(`${baseURL}/`);
  const refused = page.waitForEvent('console', (m) => /frame-ancestors 'none'/.test(m.text()));
  await page.goto(host.url);
  await refused;
  await expect.poll(() => page.frames().map((f) => f.url())).toContain('chrome-error://chromewebdata/');
  expect(page.frames().filter((f) => f.url().startsWith(baseURL))).toEqual([]);
});

test('?embed=1 on the playground switches to embed mode too', async ({ page }) => {
  await page.goto(`./?embed=1&preset=${preset.name}`);
  await waitReady(page);
  await expect(page.locator('html')).toHaveClass(/\bembed\b/);
  await expect(page.getByTestId('preset-title')).toHaveText(preset.title);
});
