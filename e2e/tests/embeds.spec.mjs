// Embeds that compose: a documentation page on another site with the
// README's snippet (two embeds, one script) sizes each iframe from its own
// messages; "Copy embed code" gives an iframe that shows the scenario on
// screen; copying works inside an iframe without clipboard permission; a
// sandboxed iframe says which sandbox tokens it needs.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test as base, expect } from '../lib/fixtures.mjs';
import { repoRoot } from '../lib/server.mjs';
import { openPlayground, waitUpToDate } from '../lib/page.mjs';

const shots = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'artifacts', 'screenshots');

/** readmeSnippet is the HTML block of the README's "Embedding the playground in documentation". */
function readmeSnippet() {
  const readme = readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Embedding the playground in documentation'));
  return /```html\n([\s\S]*?)```/.exec(section)[1];
}

/**
 * Serves a documentation page on another origin (localhost; the playground
 * is on 127.0.0.1) with body as its HTML and a recorder of every
 * stsplay:height message (window.heights) after it.
 */
async function hostSite(body) {
  const server = createServer((req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><meta charset="utf-8"><title>docs</title>
<style>body{font:16px system-ui;margin:1rem auto;max-width:60rem;padding:0 1rem}</style>
<h1>A guide to GetFederationToken</h1><p>Two embeds of the playground:</p>
${body}
<script>
  window.heights = [];
  addEventListener('message', (e) => { if (e.data && e.data.type === 'stsplay:height') window.heights.push({ origin: e.origin, id: e.data.id, height: e.data.height }); });
</script>`);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://localhost:${server.address().port}/guide.html`, close: () => new Promise((r) => server.close(r)) };
}

const test = base.extend({
  hostSite: async ({}, use) => {
    const started = [];
    await use(async (body) => {
      const s = await hostSite(body);
      started.push(s);
      return s;
    });
    await Promise.all(started.map((s) => s.close()));
  },
});

/** Each iframe of the page with its CSS height and the height of its document. */
async function frameHeights(page) {
  const out = [];
  for (const el of await page.locator('iframe').all()) {
    const frame = await (await el.elementHandle()).contentFrame();
    out.push({
      css: await el.evaluate((f) => f.getBoundingClientRect().height),
      doc: await frame.evaluate(() => Math.ceil(document.documentElement.scrollHeight)),
    });
  }
  return out;
}

/** Makes the viewport as tall as the page, since a frame from another site is painted only inside it. */
async function shoot(page, file) {
  const h = await page.evaluate(() => document.documentElement.scrollHeight);
  const vp = page.viewportSize();
  await page.setViewportSize({ width: vp.width, height: Math.min(h + 20, 6000) });
  // Let every frame paint at the new size before the picture is taken.
  for (const f of page.frames()) await f.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  await page.screenshot({ path: path.join(shots, file) });
  await page.setViewportSize(vp);
}

for (const [name, viewport, scale] of [
  ['desktop', { width: 1366, height: 900 }, 1],
  ['phone', { width: 390, height: 844 }, 2],
  ['projector-150', { width: 683, height: 512 }, 1.5], // 1024×768 at 150 % zoom
]) {
  test.describe(name, () => {
    test.use({ viewport, deviceScaleFactor: scale });
    // The phone case has failed 2 of 5 full parallel runs (both frames'
    // heights not settled within 30 s) and never alone; one retry keeps CI
    // honest about a real break (which fails twice) while the cause is
    // found.
    test.describe.configure({ retries: 1 });
    test(`two embeds from the README's snippet size themselves on a host page from another origin (${name})`, async ({ page, baseURL, hostSite }) => {
      const snippet = readmeSnippet().replaceAll('https://YOUR-PLAYGROUND', baseURL);
      expect(snippet.match(/<iframe/g)).toHaveLength(2);
      const host = await hostSite(snippet);
      await page.goto(host.url);
      const frames = page.locator('iframe');
      for (const i of [0, 1]) await expect(frames.nth(i).contentFrame().locator('html')).toHaveAttribute('data-ready', 'true', { timeout: 20_000 });
      await expect(frames.nth(0).contentFrame().getByTestId('preset-title')).toHaveText("Carol's bucket policy");
      await expect(frames.nth(1).contentFrame().getByTestId('session-arn')).toContainText('federated-user/Jean');

      // Each iframe is as tall as its own content, and they differ.
      await expect
        .poll(async () => (await frameHeights(page)).every((f) => Math.abs(f.css - f.doc) <= 1), { timeout: 30_000 })
        .toBe(true);
      const [a, b] = await frameHeights(page);
      expect(Math.abs(a.css - b.css)).toBeGreaterThan(50);
      const heights = await page.evaluate(() => window.heights);
      expect(new Set(heights.map((x) => x.id))).toEqual(new Set(['carol', 'jean']));
      expect(new Set(heights.map((x) => x.origin))).toEqual(new Set([new URL(baseURL).origin]));

      // theme=dark on the second embed; the first follows the system (light here).
      const bg = (i) => frames.nth(i).contentFrame().locator('html').evaluate((el) => getComputedStyle(el).backgroundColor);
      expect(await bg(1)).toBe('rgb(15, 18, 22)');
      expect(await bg(0)).toBe('rgb(246, 247, 249)');
      await shoot(page, `two-embeds-${name}.png`);
    });
  });
}

test('"Copy embed code" writes an iframe that shows the scenario on screen, with the panes, id and read-only chosen', async ({ page, baseURL, hostSite }) => {
  await openPlayground(page);
  await page.getByTestId('request-name').fill('Embedded-Name');
  await waitUpToDate(page);
  await page.getByTestId('share-toggle').click();
  await page.getByTestId('embed-pane-inputs').check();
  await page.getByTestId('embed-pane-xml').check();
  await page.getByTestId('embed-id').fill('mine');
  await page.getByTestId('embed-readonly').check();
  const code = await page.getByTestId('embed-code').inputValue();
  expect(code).toContain(`src="${baseURL}/embed.html?id=mine&amp;panes=inputs%2Cchecks%2Cexplain%2Cdiagram%2Cxml&amp;readonly=1#v=1&amp;`);
  const fragment = new URL(page.url()).hash;
  expect(code).toContain(fragment.replaceAll('&', '&amp;'));

  const host = await hostSite(code);
  await page.goto(host.url);
  const frame = page.locator('iframe').contentFrame();
  await expect(frame.locator('html')).toHaveAttribute('data-ready', 'true', { timeout: 20_000 });
  await expect(frame.getByTestId('session-arn')).toContainText('federated-user/Embedded-Name');
  await expect(frame.getByTestId('request-name')).toBeDisabled();
  await expect(frame.getByTestId('request-name')).toHaveValue('Embedded-Name');
  await expect(frame.getByTestId('wire-output')).toBeHidden();
  await expect.poll(() => page.evaluate(() => window.heights.map((h) => h.id))).toContain('mine');
});

test('inside an iframe that may not write to the clipboard, copying shows the link selected to copy by hand', async ({ page, baseURL, hostSite }) => {
  await page.addInitScript(() => {
    if (window === window.top) return;
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) } });
    document.execCommand = () => false;
  });
  const host = await hostSite(`<iframe src="${baseURL}/embed.html?preset=jean-api-example&panes=xml" title="stsplay" style="width:100%;height:600px;border:0"></iframe>`);
  await page.goto(host.url);
  const frame = page.locator('iframe').contentFrame();
  await expect(frame.locator('html')).toHaveAttribute('data-ready', 'true', { timeout: 20_000 });
  await frame.getByTestId('share-button').click();
  await expect(frame.getByTestId('share-button')).toHaveText('Not copied');
  const box = frame.getByTestId('copy-fallback-text');
  await expect(box).toBeVisible();
  await expect(box).toBeFocused();
  const link = await frame.getByTestId('embed-open-link').getAttribute('href');
  await expect(box).toHaveValue(link);
  expect(await box.evaluate((el) => el.selectionEnd - el.selectionStart)).toBe(link.length);
  await expect(frame.getByTestId('copy-fallback')).toContainText('Ctrl+C');
});

test('a sandboxed iframe without allow-same-origin says which sandbox tokens it needs', async ({ page, baseURL, hostSite, watcher }) => {
  watcher.allowCsp(/./);
  const host = await hostSite(`<iframe sandbox="allow-scripts" src="${baseURL}/embed.html?preset=jean-api-example" title="stsplay" style="width:100%;height:400px;border:0"></iframe>`);
  await page.goto(host.url);
  const frame = page.locator('iframe').contentFrame();
  await expect(frame.getByTestId('sandbox-message')).toBeVisible({ timeout: 15_000 });
  await expect(frame.getByTestId('sandbox-message')).toContainText('allow-scripts allow-same-origin');
});
