// Screenshots of the playground on a desktop, on a phone and in dark mode,
// written to artifacts/screenshots/ for people to look at. Each test also
// checks what a person would notice first: the layout fits the screen and
// dark mode is dark.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test, expect } from '../lib/fixtures.mjs';
import { openPlayground } from '../lib/page.mjs';

const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'artifacts', 'screenshots');

/** The relative luminance (0 dark … 1 light) of the page's background colour. */
async function backgroundLuminance(page) {
  return page.evaluate(() => {
    const parse = (c) => (c.match(/[\d.]+/g) || []).slice(0, 4).map(Number);
    let [r, g, b, a] = parse(getComputedStyle(document.body).backgroundColor);
    if (a === 0) [r, g, b] = parse(getComputedStyle(document.documentElement).backgroundColor);
    const lin = (v) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
    return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
  });
}

/** How far the page is wider than its viewport, in CSS pixels (0 when it fits). */
function overflowX(page) {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

test.describe('desktop', () => {
  test.use({ viewport: { width: 1366, height: 900 }, colorScheme: 'light' });
  test('screenshot', async ({ page }) => {
    await openPlayground(page);
    expect(await overflowX(page)).toBe(0);
    expect(await backgroundLuminance(page)).toBeGreaterThan(0.5);
    await page.screenshot({ path: path.join(dir, 'desktop.png'), fullPage: true });
  });
});

test.describe('phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, colorScheme: 'light' });
  test('screenshot', async ({ page }) => {
    await openPlayground(page);
    expect(await overflowX(page)).toBe(0);
    // Every control can be reached without zooming: none is wider than the screen.
    const wide = await page.locator('input, select, button, textarea').evaluateAll((els) =>
      els.filter((e) => e.getBoundingClientRect().right > window.innerWidth + 1).map((e) => e.dataset.testid || e.id || e.tagName),
    );
    expect(wide).toEqual([]);
    await page.screenshot({ path: path.join(dir, 'phone.png'), fullPage: true });
    await page.screenshot({ path: path.join(dir, 'phone-first-screen.png') });
    // The results, reached with the "Skip to results" link.
    await page.getByRole('link', { name: 'Skip to results' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('#results')).toBeInViewport();
    await page.screenshot({ path: path.join(dir, 'phone-results.png') });
  });
});

test.describe('dark mode', () => {
  test.use({ viewport: { width: 1366, height: 900 }, colorScheme: 'dark' });
  test('screenshot', async ({ page }) => {
    await openPlayground(page);
    expect(await backgroundLuminance(page)).toBeLessThan(0.2);
    await page.screenshot({ path: path.join(dir, 'dark.png'), fullPage: true });
  });
});
