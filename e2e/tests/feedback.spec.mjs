// Visible feedback: a copy button says "Copied" for a moment; errors and
// states carry words and symbols, not only colour; the control that had
// focus keeps it when a recompute redraws the results.
import { test, expect } from '../lib/fixtures.mjs';
import { openPlayground, waitCatalog, waitUpToDate } from '../lib/page.mjs';

test('copy buttons say "Copied" for a moment, and copy the text', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL).origin });
  await openPlayground(page);
  await waitCatalog(page);
  for (const id of ['copy-xml', 'copy-wire', 'copy-json', 'share-button']) {
    const button = page.getByTestId(id);
    const label = await button.textContent();
    await button.click();
    await expect(button).toHaveText('Copied ✓');
    await expect(button).toHaveText(label, { timeout: 5000 });
  }
  const text = await page.evaluate(() => navigator.clipboard.readText());
  expect(text).toBe(page.url());
  await page.getByTestId('copy-json').click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await page.getByTestId('json-output').textContent());
});

test('focus stays on a result control when a recompute finishes', async ({ page }) => {
  await openPlayground(page);
  await waitCatalog(page);
  for (const id of ['code-tab-js', 'check-result-1', 'copy-xml']) {
    await page.getByTestId('request-name').fill(`Focus-${id.length}`);
    await page.getByTestId(id).focus(); // before the recompute (250 ms after the edit) ends
    await waitUpToDate(page);
    await expect(page.getByTestId(id)).toBeFocused();
  }
});

test('errors and states are readable without colour', async ({ page }) => {
  await openPlayground(page);
  await waitCatalog(page);
  await page.getByTestId('request-name').fill('x');
  await waitUpToDate(page);
  const before = (sel) => page.locator(sel).first().evaluate((el) => getComputedStyle(el, '::before').content);
  // The outcome says it failed in words and with a symbol.
  await expect(page.getByTestId('response-status')).toContainText('✕');
  await expect(page.getByTestId('error-code')).toHaveText('ValidationError');
  await expect(page.getByTestId('request-name-error')).toBeVisible();
  expect(await before('[data-testid="request-name-error"]')).toBe('"✕ "');
  expect(await before('[data-testid="engine-status"]')).toBe('"✓ "');
  // A page in grey only (no colour at all) still tells allowed from denied.
  await page.getByTestId('request-name').fill('Bob');
  await waitUpToDate(page);
  const rows = await page.locator('[data-testid^="check-decision-"]').allTextContents();
  expect(rows.every((t) => /^(✓ Allowed|✕ .*deny)/i.test(t.trim()))).toBe(true);
});
