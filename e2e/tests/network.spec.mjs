// No request leaves the page's origin: not while loading, running every
// preset, sharing, embedding or working offline through the service worker.
import { test, expect } from '../lib/fixtures.mjs';
import { loadPresets } from '../lib/presets.mjs';
import { openPlayground, choosePreset, waitReady } from '../lib/page.mjs';

const presets = loadPresets();

/** Whether a requested URL stays on origin (data: URLs never leave the browser). */
function staysOn(origin, url) {
  if (url.startsWith('data:')) return true;
  const u = new URL(url);
  if (u.protocol === 'blob:') return new URL(u.pathname).origin === origin;
  return u.origin === origin;
}

test('every request of the page and its workers goes to the page origin', async ({ page, context, watcher, baseURL }) => {
  const origin = new URL(baseURL).origin;
  const workers = [];
  page.on('worker', (w) => workers.push(w.url()));
  context.on('serviceworker', (w) => workers.push(w.url()));

  await openPlayground(page);
  for (const p of presets.slice(1)) await choosePreset(page, p);
  await page.getByTestId('share-button').click();
  await page.getByTestId('code-tab-python').click();

  // Once the service worker controls the page, a reload goes through it.
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
  await page.reload();
  await waitReady(page);
  expect(await page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
  await page.goto(`./embed.html?preset=${presets[0].name}`);
  await waitReady(page);

  expect(watcher.requests.length).toBeGreaterThan(5);
  // The service worker's own fetches are among the requests watched.
  expect(watcher.serviceWorkerRequests.length).toBeGreaterThan(0);
  expect(watcher.requests.filter((u) => !staysOn(origin, u))).toEqual([]);
  expect(workers.length).toBeGreaterThan(0);
  expect(workers.filter((u) => !staysOn(origin, u))).toEqual([]);
  expect(context.serviceWorkers().map((w) => new URL(w.url()).origin)).toEqual([origin]);
});

test('after one visit the playground works offline from the service worker', async ({ page, context }) => {
  await openPlayground(page);
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
  await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
  await context.setOffline(true);
  await page.reload();
  await waitReady(page);
  await expect(page.getByTestId('response-status')).toBeVisible();
  await choosePreset(page, presets.at(-1));
});

test('offline, every URL the site links to opens from the service worker', async ({ page, context }) => {
  test.setTimeout(180_000); // seven cold page loads
  await openPlayground(page);
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
  await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
  await context.setOffline(true);
  const urls = ['./', './index.html', './embed.html', './embed', './rules.html', './rules', `./?preset=${presets.at(-1).name}`, './index.html?embed=1', `./embed.html?preset=${presets[0].name}`];
  for (const url of urls) {
    await page.goto(url);
    if (/rules/.test(url)) {
      // The rule book: its own page, with its sections.
      await expect(page.locator('#explicit-deny'), url).toBeAttached();
      continue;
    }
    await waitReady(page);
    await expect(page.getByTestId('response-status'), url).toBeVisible();
    if (/embed(\.html)?(\?|$)/.test(url)) await expect(page.locator('html'), `${url} is the embed page`).toHaveAttribute('data-embed', '1');
  }
});
