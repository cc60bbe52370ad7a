// axe-core finds no serious or critical accessibility violation in the
// playground: light and dark, with an error shown, and in embed mode; nor
// in the rule book page, light and dark.
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from '../lib/fixtures.mjs';
import { loadPresets } from '../lib/presets.mjs';
import { openPlayground, setEditorText, waitUpToDate } from '../lib/page.mjs';

const presets = loadPresets();

/** Runs axe on the page and returns the serious and critical violations, readably. */
async function seriousViolations(page) {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) }));
}

test('the playground in light mode', async ({ page }) => {
  await openPlayground(page);
  expect(await seriousViolations(page)).toEqual([]);
});

test('the playground in dark mode', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await openPlayground(page);
  expect(await seriousViolations(page)).toEqual([]);
});

test('the playground showing an error and its diagnostics', async ({ page }) => {
  const errorPreset = presets.find((p) => typeof p.scenario.request?.Policy === 'string') ?? presets[0];
  await openPlayground(page, `./?preset=${errorPreset.name}`);
  await setEditorText(page, 'request-policy', '{ "Version": "2012-10-17", "Statement": [ { "Effect": "Maybe" } ] }');
  await waitUpToDate(page);
  await expect(page.getByTestId('error-code')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

for (const colorScheme of ['light', 'dark']) {
  test(`the rule book page in ${colorScheme} mode`, async ({ page }) => {
    test.setTimeout(180_000); // axe takes a while over the whole rule book
    await page.emulateMedia({ colorScheme });
    await page.goto('./rules.html#explicit-deny');
    await expect(page.getByTestId('rulebook')).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });
}

test('the embed page', async ({ page }) => {
  await openPlayground(page, `./embed.html?preset=${presets[0].name}`);
  expect(await seriousViolations(page)).toEqual([]);
});

test('the keyboard is never trapped in a policy editor', async ({ page }) => {
  await openPlayground(page);
  const editor = page.getByTestId('editor-request-policy');
  await page.getByTestId('editor-request-policy-input').click();
  await page.keyboard.press('Tab'); // indents inside the editor
  expect(await editor.evaluate((el) => el.contains(document.activeElement))).toBe(true);
  await page.keyboard.press('Escape');
  await page.keyboard.press('Tab');
  expect(await editor.evaluate((el) => el.contains(document.activeElement))).toBe(false);
  expect(await page.evaluate(() => document.activeElement?.tagName)).not.toBe('BODY');
});
