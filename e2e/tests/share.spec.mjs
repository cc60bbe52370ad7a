// A share link holds the whole scenario: edited on one page, copied with
// the Share button, and opened in a fresh browser, it shows the same inputs
// and the same results.
import { test, expect } from '../lib/fixtures.mjs';
import { openPlayground, setEditorText, editorText, waitUpToDate, waitReady, shownXml } from '../lib/page.mjs';

const policy = `{
  "Version": "2012-10-17",
  "Statement": [
    { "Sid": "OnlyReports", "Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::productionapp/reports/*" }
  ]
}`;

test('a share link round-trips the scenario into a new browser', async ({ page, context, browser, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL).origin });
  await openPlayground(page);
  await page.getByTestId('request-name').fill('Share-Test');
  await page.getByTestId('request-duration').fill('1800');
  await setEditorText(page, 'request-policy', policy);
  await waitUpToDate(page);
  await expect(page.getByTestId('session-arn')).toContainText('federated-user/Share-Test');
  const xml = await shownXml(page);
  const decisions = await page.locator('[data-testid^="check-decision-"]').evaluateAll((els) => els.map((e) => e.dataset.decision));

  await page.getByTestId('share-button').click();
  await expect(page.getByTestId('live-status')).toContainText('Link copied');
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toBe(page.url());
  expect(new URL(link).hash).toMatch(/^#v=1&e=[^&]*&s=[A-Za-z0-9_-]+$/);

  const other = await browser.newContext({ baseURL });
  try {
    const fresh = await other.newPage();
    await fresh.goto(link);
    await waitReady(fresh);
    await expect(fresh.getByTestId('request-name')).toHaveValue('Share-Test');
    await expect(fresh.getByTestId('request-duration')).toHaveValue('1800');
    await expect(fresh.getByLabel('Preset')).toHaveValue('');
    expect(await editorText(fresh, 'request-policy')).toBe(policy);
    expect(await shownXml(fresh)).toBe(xml);
    const again = await fresh.locator('[data-testid^="check-decision-"]').evaluateAll((els) => els.map((e) => e.dataset.decision));
    expect(again).toEqual(decisions);
    await expect(fresh.getByTestId('share-message')).toBeHidden();
  } finally {
    await other.close();
  }
});

test('a damaged share link says so and opens the default preset', async ({ page }) => {
  await page.goto('./#v=1&e=0&s=AAAA-not-deflate');
  await waitReady(page);
  await expect(page.getByTestId('share-message')).toBeVisible();
  await expect(page.getByTestId('share-message')).toContainText('damaged');
  await expect(page.getByTestId('response-status')).toBeVisible();
});
