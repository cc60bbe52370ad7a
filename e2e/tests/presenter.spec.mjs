// Trainer's tools: presenter mode puts the results beside the inputs (at
// 150 % zoom on a 1024×768 projector the results start on the first
// screen), the share link has a QR code that reads back as the link, the
// theme can be set beside the system default, and sizes follow the
// browser's font size setting.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import jsQR from 'jsqr';
import { test, expect } from '../lib/fixtures.mjs';
import { openPlayground, waitCatalog } from '../lib/page.mjs';

const shots = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'artifacts', 'screenshots');

/** Where the results column starts, in CSS pixels from the top of the page. */
const resultsTop = (page) => page.evaluate(() => document.getElementById('results').getBoundingClientRect().top + window.scrollY);

test.describe('projector: 1024×768 at 150 % zoom', () => {
  test.use({ viewport: { width: 683, height: 512 }, deviceScaleFactor: 1.5 });

  test('presenter mode shows the results beside the inputs, on the first screen', async ({ page }) => {
    await openPlayground(page);
    await waitCatalog(page);
    const before = await resultsTop(page);
    await page.getByTestId('present-toggle').click();
    await expect(page.getByTestId('present-toggle')).toHaveAttribute('aria-pressed', 'true');
    const top = await resultsTop(page);
    expect(top).toBeLessThan(512);
    expect(top).toBeLessThan(before);
    const inputs = await page.locator('#inputs').boundingBox();
    const results = await page.locator('#results').boundingBox();
    expect(results.x).toBeGreaterThan(inputs.x + inputs.width - 1);
    // The outcome is on screen without scrolling.
    await expect(page.getByTestId('response-status')).toBeInViewport();
    await page.screenshot({ path: path.join(shots, 'presenter-projector-150.png') });
  });

  test('?present=1 opens in presenter mode', async ({ page }) => {
    await openPlayground(page, './?present=1');
    await waitCatalog(page);
    await expect(page.locator('html')).toHaveClass(/\bpresent\b/);
    expect(await resultsTop(page)).toBeLessThan(512);
  });
});

test.describe('presenter mode on a desktop and a phone', () => {
  test('desktop: larger type, the diagram as wide as its card', async ({ page }) => {
    await page.setViewportSize({ width: 1366, height: 768 });
    await openPlayground(page);
    await waitCatalog(page);
    const size = () => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
    const normal = await size();
    await page.getByTestId('present-toggle').click();
    expect(await size()).toBeGreaterThan(normal * 1.2);
    const svg = await page.getByTestId('diagram-svg').boundingBox();
    const card = await page.locator('[data-pane="diagram"]').boundingBox();
    expect(svg.width).toBeGreaterThan(card.width * 0.85);
    await page.screenshot({ path: path.join(shots, 'presenter-desktop.png') });
  });

  test('phone: 390 px', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ baseURL, viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    await openPlayground(page, './?present=1');
    await waitCatalog(page);
    expect(await resultsTop(page)).toBeLessThan(844);
    await page.screenshot({ path: path.join(shots, 'presenter-phone.png') });
    await context.close();
  });
});

test('the share link has a QR code that reads back as the link', async ({ page, browser }) => {
  await openPlayground(page);
  await waitCatalog(page);
  await page.getByTestId('share-toggle').click();
  const link = await page.getByTestId('share-link').inputValue();
  expect(link).toBe(page.url());
  await expect(page.getByTestId('share-length')).toHaveText(`${link.length} characters.`);
  const png = await page.getByTestId('share-qr').screenshot();
  await page.getByTestId('share-panel').screenshot({ path: path.join(shots, 'share-panel.png') });
  // Read the picture back with jsQR, in a blank page (no CSP) that turns the PNG into pixels.
  const blank = await browser.newPage();
  const { data, width, height } = await blank.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.width;
    c.height = img.height;
    const ctx = c.getContext('2d');
    ctx.drawImage(img, 0, 0);
    return { data: Array.from(ctx.getImageData(0, 0, c.width, c.height).data), width: c.width, height: c.height };
  }, png.toString('base64'));
  await blank.close();
  const code = jsQR(Uint8ClampedArray.from(data), width, height);
  expect(code?.data).toBe(link);
});

test('the theme toggle overrides the system setting, and is remembered', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, colorScheme: 'dark' });
  const page = await context.newPage();
  const bg = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  await openPlayground(page);
  await waitCatalog(page);
  expect(await bg()).toBe('rgb(15, 18, 22)');
  await page.getByTestId('theme-select').selectOption('light');
  expect(await bg()).toBe('rgb(246, 247, 249)');
  await page.reload();
  await expect(page.getByTestId('theme-select')).toHaveValue('light');
  expect(await bg()).toBe('rgb(246, 247, 249)');
  await page.getByTestId('theme-select').selectOption('');
  expect(await bg()).toBe('rgb(15, 18, 22)');
  await context.close();
});

test('sizes follow the browser\'s font size setting; the diagram\'s text is as large as the page\'s', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Page.enable');
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: 20 } });
  await openPlayground(page);
  await waitCatalog(page);
  const px = (sel) => page.locator(sel).first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(await px('html')).toBeCloseTo(20 * 0.9375, 1);
  expect(await px('[data-testid="request-name"]')).toBeGreaterThan(16);
  // The rendered size of the diagram's smallest text: its font size times the SVG's scale
  // (polled: the results are drawn again when the action catalog has loaded).
  await expect
    .poll(() =>
      page.getByTestId('diagram-svg').evaluate((svg) => {
        const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
        return Math.min(...[...svg.querySelectorAll('text')].map((t) => parseFloat(getComputedStyle(t).fontSize) * scale));
      }),
    )
    .toBeGreaterThanOrEqual(12);
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: 16 } });
});
