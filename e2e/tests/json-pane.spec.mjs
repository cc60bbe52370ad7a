// The Scenario JSON pane shows the exact document the engine runs: an
// imported document comes back byte for byte, its errors point at the
// pane's lines, it downloads as scenario.json, and the import box checks a
// paste with the engine's own decoder before anything is replaced.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test, expect } from '../lib/fixtures.mjs';
import { openPlayground, waitCatalog, waitUpToDate } from '../lib/page.mjs';
import { loadPresets } from '../lib/presets.mjs';
import { runNativeText } from '../lib/engine.mjs';

const shots = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'artifacts', 'screenshots');
const preset = loadPresets().find((p) => p.name === 'jean-api-example');

// The preset laid out by hand, with a field the engine does not know on line 4.
const imported = JSON.stringify(preset.scenario, null, 4)
  .replace('{\n', '{\n    "organization": {"id": "o-example"},\n    "bogus": true,\n    "note": "typed by hand",\n')
  .replace(/\n$/, '') + '\n';

async function importText(page, text) {
  const box = page.getByTestId('json-import-box');
  if (!(await box.evaluate((d) => d.open))) await box.locator('summary').click();
  await page.getByTestId('json-import-text').fill(text);
  await expect(page.getByTestId('json-import-errors')).not.toBeEmpty();
}

test('the JSON pane round-trips an import byte for byte; errors point at its lines', async ({ page }) => {
  await openPlayground(page);
  await waitCatalog(page);
  await importText(page, imported);
  // The engine's decoder checks the paste first, in the box's own lines.
  await expect(page.getByTestId('json-import-errors')).toContainText('bogus, line 3, column 5');
  await page.getByTestId('json-import').click();
  await waitUpToDate(page);

  await expect(page.getByTestId('json-output')).toHaveText(imported.replace(/\n$/, '\n'));
  expect(await page.getByTestId('json-output').textContent()).toBe(imported);
  await expect(page.getByTestId('switch-notice')).toContainText('Imported');
  await expect(page.getByTestId('request-name')).toHaveValue('Jean');

  // The page's answer is the CLI's for the same text, line and column included.
  const cli = runNativeText(imported);
  expect(cli.status).toBe(2);
  await expect(page.getByTestId('error-message')).toHaveText(cli.message);
  await expect(page.locator('#json-line-2')).toHaveClass(/\berr\b/);
  await expect(page.getByTestId('problem-0')).toContainText('Scenario JSON, line 3, column 5');
  await page.getByTestId('problem-0').locator('button').click();
  await expect(page.locator('#json-line-3')).toHaveClass(/\bhere\b/);
  await expect(page.getByTestId('json-output')).toBeFocused();
  await expect(page.locator('#json-line-3')).toBeInViewport();
  for (const p of ['organization', 'bogus', 'note']) await expect(page.getByTestId('more-fields').locator(`[data-path="${p}"]`)).toBeVisible();
  await page.locator('#json-card').screenshot({ path: path.join(shots, 'json-pane.png') });

  // Download gives the same bytes as a file named scenario.json.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-json').click()]);
  expect(download.suggestedFilename()).toBe('scenario.json');
  expect(await readFile(await download.path(), 'utf8')).toBe(imported);

  // Removing the unknown fields makes it the preset again, and the pane shows the new document.
  for (let i = 0; i < 3; i++) await page.getByTestId('more-field-remove-0').click();
  await waitUpToDate(page);
  expect(JSON.parse(await page.getByTestId('json-output').textContent())).toEqual(preset.scenario);
  await expect(page.getByTestId('session-arn')).toHaveText('arn:aws:sts::123456789012:federated-user/Jean');
  await expect(page.getByLabel('Preset')).toHaveValue(preset.name);
});

test('text that is not a JSON object is not imported; the engine says where it breaks', async ({ page }) => {
  await openPlayground(page);
  await waitCatalog(page);
  const before = await page.getByTestId('json-output').textContent();
  await importText(page, '{\n  "caller": {"name": "a"},\n  "request": {\n}');
  await expect(page.getByTestId('json-import-errors')).toContainText('line 4');
  await expect(page.getByTestId('json-import')).toBeDisabled();
  expect(await page.getByTestId('json-output').textContent()).toBe(before);
  await page.getByTestId('json-import-errors').locator('button').first().click();
  await expect(page.getByTestId('json-import-text')).toBeFocused();
});

test('a file can be imported', async ({ page }, info) => {
  await openPlayground(page);
  await waitCatalog(page);
  const file = info.outputPath('scenario.json');
  const text = `${JSON.stringify(loadPresets().find((p) => p.name === 'carol-bucket-policy').scenario, null, 2)}\n`;
  await import('node:fs/promises').then((fs) => fs.writeFile(file, text));
  await page.getByTestId('json-import-box').locator('summary').click();
  await page.getByTestId('json-import-file').setInputFiles(file);
  await expect(page.getByLabel('Preset')).toHaveValue('carol-bucket-policy');
  await waitUpToDate(page);
  expect(await page.getByTestId('json-output').textContent()).toBe(text);
  await expect(page.getByTestId('run-local')).toHaveText('stsplay run scenario.json');
});
