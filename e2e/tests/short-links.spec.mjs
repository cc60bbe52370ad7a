// Share links of an unchanged preset name it (short enough for a slide);
// links that hold the whole document, as every earlier link does, still
// open; a link to a preset that has changed since says so.
import { test, expect } from '../lib/fixtures.mjs';
import { openPlayground, waitReady, choosePreset, waitUpToDate } from '../lib/page.mjs';
import { loadPresets } from '../lib/presets.mjs';
import { shareFragment } from '../lib/share.mjs';

const presets = loadPresets();

test('an unchanged preset gets a short link that opens it in a new browser', async ({ page, browser, baseURL }) => {
  await openPlayground(page);
  await choosePreset(page, presets[4]);
  await expect.poll(() => new URL(page.url()).hash).toMatch(new RegExp(`^#v=2&e=[^&]*&p=${presets[4].name}&h=[0-9a-f]{8}$`));
  const link = page.url();
  expect(link.length).toBeLessThan(baseURL.length + 100);
  const other = await browser.newContext({ baseURL });
  const fresh = await other.newPage();
  await fresh.goto(link);
  await waitReady(fresh);
  await expect(fresh.getByTestId('preset-title')).toHaveText(presets[4].title);
  await expect(fresh.getByTestId('share-message')).toBeHidden();
  await other.close();
  // An edit makes the link hold the whole document again.
  await page.getByTestId('request-name').fill('Edited');
  await waitUpToDate(page);
  await expect.poll(() => new URL(page.url()).hash).toMatch(/^#v=1&e=[^&]*&s=/);
});

test('a full-document link (the earlier format) still opens', async ({ page }) => {
  await page.goto(`./${shareFragment(presets[2].scenario, '0.1.0')}`);
  await waitReady(page);
  await expect(page.getByTestId('preset-title')).toHaveText(presets[2].title);
});

test('a link to a preset that changed since says so and shows the preset as it is now', async ({ page }) => {
  await page.goto(`./#v=2&e=0.0.9&p=${presets[1].name}&h=00000000`);
  await waitReady(page);
  await expect(page.getByTestId('share-message')).toContainText('has changed since');
  await expect(page.getByTestId('preset-title')).toHaveText(presets[1].title);
  await page.goto('./#v=2&e=0.1.0&p=no-such-preset&h=00000000');
  await waitReady(page);
  await expect(page.getByTestId('share-message')).toContainText('does not have');
});
