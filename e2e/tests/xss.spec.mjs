// Markup typed into the scenario is shown as text, never run: a <script>
// and an <img onerror> in the Name, the session tags, a check and a policy.
// The context bypasses the page's Content-Security-Policy, so markup that
// reached the DOM would run here and the test would see it.
import { test, expect } from '../lib/fixtures.mjs';
import { openPlayground, setEditorText, waitUpToDate } from '../lib/page.mjs';

test.use({ bypassCSP: true });

const payload = (n) => `<script>window.__xss=${n}</script><img src=x onerror="window.__xss=${n}">`;
const inJson = (n) => payload(n).replace(/"/g, '\\"');

/** Fails when markup ran or reached the DOM as elements. */
async function expectNothingRan(page, watcher, dialogs) {
  expect(await page.evaluate(() => window.__xss)).toBeUndefined();
  expect(dialogs).toEqual([]);
  expect(await page.locator('img[onerror], img[src="x"]').count()).toBe(0);
  expect(await page.locator('script:not([src])').count()).toBe(0);
  expect(watcher.requests.filter((u) => new URL(u).pathname === '/x')).toEqual([]);
}

test.beforeEach(async ({ page }, testInfo) => {
  testInfo.dialogs = [];
  page.on('dialog', async (d) => {
    testInfo.dialogs.push(d.message());
    await d.dismiss();
  });
  await openPlayground(page);
});

test('payloads in a check and a policy Resource show as text in the results', async ({ page, watcher }, testInfo) => {
  await page.getByTestId('check-resource-0').fill(`arn:aws:s3:::productionapp/${payload(5)}`);
  await setEditorText(page, 'request-policy', `{
  "Version": "2012-10-17",
  "Statement": [
    { "Effect": "Allow", "Action": "s3:*", "Resource": "arn:aws:s3:::productionapp/${inJson(7)}" }
  ]
}`);
  await waitUpToDate(page);
  await expect(page.getByTestId('check-result-0')).toContainText(payload(5));
  await expect(page.getByTestId('explanation')).toContainText(payload(5));
  await expect(page.getByTestId('editor-request-policy-input')).toContainText(inJson(7));
  await expectNothingRan(page, watcher, testInfo.dialogs);
});

test('payloads in the Name, the caller, session tags and a Sid show as text', async ({ page, watcher }, testInfo) => {
  await page.getByTestId('request-name').fill(payload(1));
  await page.getByTestId('caller-name').fill(payload(2));
  await page.getByTestId('request-tag-add').click();
  await page.getByTestId('request-tag-key-0').fill(payload(3));
  await page.getByTestId('request-tag-value-0').fill(payload(4));
  await setEditorText(page, 'request-policy', `{
  "Version": "2012-10-17",
  "Statement": [
    { "Sid": "${inJson(6)}", "Effect": "Allow", "Action": "s3:GetObject", "Resource": "*" }
  ]
}`);
  await waitUpToDate(page);

  await expect(page.getByTestId('request-name')).toHaveValue(payload(1));
  await expect(page.getByTestId('request-tag-value-0')).toHaveValue(payload(4));
  await expect(page.getByTestId('editor-request-policy-input')).toContainText(inJson(6));
  // The call fails validation; the error message is plain text.
  await expect(page.getByTestId('error-message')).toBeVisible();
  expect(await page.getByTestId('error-message').evaluate((el) => el.children.length)).toBe(0);
  // The generated code quotes the Name and the tags as text.
  await page.getByTestId('code-tab-cli').click();
  await expect(page.getByTestId('code-output')).toContainText('<script>window.__xss=1</script>');
  await expect(page.getByTestId('code-output')).toContainText('window.__xss=4');
  await expectNothingRan(page, watcher, testInfo.dialogs);
});
