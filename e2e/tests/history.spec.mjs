// Never lose work: choosing a preset pushes a history entry (Back brings
// the edited scenario back, Forward the preset again), Undo reverses the
// last switch without asking, an edited scenario survives a reload as a
// draft, and "Reset to preset" shows the preset as it was.
import { test, expect } from '../lib/fixtures.mjs';
import { openPlayground, waitCatalog, waitReady, waitUpToDate, choosePreset } from '../lib/page.mjs';
import { loadPresets } from '../lib/presets.mjs';

const presets = loadPresets();

test('a preset switch then Back restores the edit, and Forward the preset', async ({ page }) => {
  await openPlayground(page);
  await waitCatalog(page);
  await page.getByTestId('request-name').fill('Edited-Before-Switch');
  // Switch before the edit's recompute has finished: the edit must not be lost.
  await choosePreset(page, presets[2]);
  await expect(page.getByTestId('request-name')).not.toHaveValue('Edited-Before-Switch');

  await page.goBack();
  await expect(page.getByTestId('request-name')).toHaveValue('Edited-Before-Switch');
  await waitUpToDate(page);
  await expect(page.getByTestId('session-arn')).toContainText('federated-user/Edited-Before-Switch');
  await expect(page.getByTestId('reset-preset')).toBeVisible();
  // The preset menu names the preset the edited scenario started from.
  await expect(page.getByLabel('Preset')).toHaveValue(presets[0].name);

  await page.goForward();
  await expect(page.getByTestId('preset-title')).toHaveText(presets[2].title);
  await expect(page.getByLabel('Preset')).toHaveValue(presets[2].name);
  await waitUpToDate(page);
});

test('Undo brings back the scenario a preset switch replaced, without asking', async ({ page }) => {
  await openPlayground(page);
  await waitCatalog(page);
  await page.getByTestId('request-name').fill('Kept-By-Undo');
  await waitUpToDate(page);
  page.on('dialog', (d) => {
    throw new Error(`unexpected dialog: ${d.message()}`);
  });
  await choosePreset(page, presets[3]);
  await expect(page.getByTestId('switch-notice')).toContainText(presets[3].title);
  await page.getByTestId('switch-undo').click();
  await expect(page.getByTestId('request-name')).toHaveValue('Kept-By-Undo');
  await waitUpToDate(page);
  await expect(page.getByTestId('switch-notice')).toBeHidden();
});

test('an edited scenario is kept as a draft across a reload; Reset to preset shows the preset', async ({ page }) => {
  await openPlayground(page);
  await waitCatalog(page);
  const name = await page.getByTestId('request-name').inputValue();
  await page.getByTestId('request-name').fill('Draft-Name');
  await waitUpToDate(page);
  // A visit without a link (the address without its fragment) restores the draft.
  await page.goto('./');
  await waitReady(page);
  await expect(page.getByTestId('request-name')).toHaveValue('Draft-Name');
  await expect(page.getByTestId('switch-notice')).toContainText('restored');

  await page.getByTestId('reset-preset').click();
  await expect(page.getByTestId('request-name')).toHaveValue(name);
  await waitUpToDate(page);
  await expect(page.getByTestId('reset-preset')).toBeHidden();
  await page.getByTestId('switch-undo').click();
  await expect(page.getByTestId('request-name')).toHaveValue('Draft-Name');
});

test('without localStorage (a sandbox that blocks it) the page still works', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('blocked', 'SecurityError'); } });
  });
  await openPlayground(page);
  await waitCatalog(page);
  await page.getByTestId('request-name').fill('No-Storage');
  await waitUpToDate(page);
  await expect(page.getByTestId('session-arn')).toContainText('federated-user/No-Storage');
});
