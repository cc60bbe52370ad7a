// The AWS action catalog on the page: a typo in a session policy gets a
// "did you mean" lint mark on its line; the summary of the first preset
// shows what the session may do beside what the IAM user may; clicking a
// summary entry adds a check whose decision matches; "what would allow
// this?" edits the right editor with one click, turns the check allowed,
// and is undone with another.
import { test, expect } from '../lib/fixtures.mjs';
import { loadPresets } from '../lib/presets.mjs';
import { openPlayground, setEditorText, editorText, waitUpToDate } from '../lib/page.mjs';

const first = loadPresets()[0];

/** Waits until the summary pane shows the catalog's answer. */
async function waitSummary(page) {
  await expect(page.getByTestId('summary').locator('.summary-about')).toBeVisible({ timeout: 20_000 });
}

test('typing s3:GetObjekt in the session policy shows the did-you-mean on that line', async ({ page }) => {
  await openPlayground(page, `./?preset=${first.name}`);
  await waitSummary(page);
  const text = `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allow",
      "Action": "s3:GetObjekt",
      "Resource": "arn:aws:s3:::productionapp/*"
    }
  ]
}`;
  await setEditorText(page, 'request-policy', text);
  await waitUpToDate(page);
  const editor = page.getByTestId('editor-request-policy');
  await expect(editor.locator('.cm-lintRange-warning').first()).toBeVisible();
  const marked = await editor.locator('.cm-line').evaluateAll((lines) => lines.flatMap((l, i) => (l.querySelector('.cm-lintRange-warning') ? [i + 1] : [])));
  expect(marked).toEqual([6]);
  await expect(page.getByTestId('problems').locator('li').filter({ hasText: 'line 6' }).filter({ hasText: 'Did you mean "s3:GetObject"?' })).toHaveCount(1);
  // The message is shown on the mark too.
  await editor.locator('.cm-lintRange-warning').first().hover();
  await expect(page.locator('.cm-tooltip-lint')).toContainText('Did you mean "s3:GetObject"?');
  await page.screenshot({ path: 'artifacts/catalog-lint.png' });
  expect(await editorText(page, 'request-policy')).toBe(text);
});

test('the first preset summary: s3 narrowed to 4 actions on productionapp; sqs, sns and dynamodb removed', async ({ page }) => {
  await openPlayground(page, `./?preset=${first.name}`);
  await waitSummary(page);
  const s3 = page.getByTestId('summary-service-s3');
  await expect(page.getByTestId('summary-session-s3')).toHaveText(/^4 of \d+$/);
  await expect(s3).toHaveAttribute('data-change', 'narrowed');
  const entries = s3.locator('.summary-entries li');
  await expect(entries).toHaveCount(4);
  for (const li of await entries.all()) await expect(li).toContainText('arn:aws:s3:::productionapp');
  const removed = page.getByTestId('summary-removed');
  for (const svc of ['dynamodb', 'sns', 'sqs']) await expect(removed).toContainText(svc);
  await expect(removed).toContainText('removed by the session policy');
  await page.getByTestId('summary').scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'artifacts/catalog-summary.png', fullPage: false });
});

test('clicking a summary entry adds a check whose decision matches', async ({ page }) => {
  await openPlayground(page, `./?preset=${first.name}`);
  await waitSummary(page);
  const before = await page.locator('[data-testid^="check-result-"]').count();
  await page.getByTestId('summary-entry-s3:PutObject').click();
  await waitUpToDate(page);
  await expect(page.locator('[data-testid^="check-result-"]')).toHaveCount(before + 1);
  await expect(page.getByTestId(`check-action-${before}`)).toHaveValue('s3:PutObject');
  await expect(page.getByTestId(`check-resource-${before}`)).toHaveValue('arn:aws:s3:::productionapp/*');
  await expect(page.getByTestId(`check-decision-${before}`)).toHaveAttribute('data-decision', 'allowed');
});

test('applying the first suggestion for s3:GetObject on otherbucket allows it, and Undo restores the policy', async ({ page }) => {
  await openPlayground(page, `./?preset=${first.name}`);
  await waitSummary(page);
  const checks = first.scenario.checks;
  const i = checks.findIndex((c) => c.action === 's3:GetObject' && c.resource.includes('otherbucket'));
  expect(i).toBeGreaterThanOrEqual(0);
  const original = await editorText(page, 'request-policy');
  await page.getByTestId(`check-result-${i}`).click();
  await expect(page.getByTestId(`check-decision-${i}`)).toHaveAttribute('data-decision', 'implicitDeny');
  const firstSuggestion = page.getByTestId('suggestion-0');
  await expect(firstSuggestion).toContainText('Add s3:GetObject on arn:aws:s3:::otherbucket/* to the session policy');
  await page.getByTestId('suggestions').scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'artifacts/catalog-suggestions.png' });
  await page.getByTestId('suggestion-apply-0').click();
  await waitUpToDate(page);
  await expect(page.getByTestId(`check-decision-${i}`)).toHaveAttribute('data-decision', 'allowed');
  expect(await editorText(page, 'request-policy')).toContain('arn:aws:s3:::otherbucket/*');
  await page.getByTestId('suggestion-undo').click();
  await waitUpToDate(page);
  await expect(page.getByTestId(`check-decision-${i}`)).toHaveAttribute('data-decision', 'implicitDeny');
  expect(await editorText(page, 'request-policy')).toBe(original);
});

test('the editors complete actions with their access level and show what a wildcard covers', async ({ page }) => {
  await openPlayground(page, `./?preset=${first.name}`);
  await waitSummary(page);
  const text = `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allow",
      "Action": ["s3:Get*Tagging", "s3:GetObjectT"],
      "Resource": "*"
    }
  ]
}`;
  await setEditorText(page, 'request-policy', text);
  await waitUpToDate(page);
  // Typing after "s3:GetObjectT" proposes the matching actions.
  const input = page.getByTestId('editor-request-policy-input');
  await input.locator('.cm-line').nth(5).click();
  await page.keyboard.press('End');
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowLeft'); // before the closing quote
  await page.keyboard.type('a');
  const options = page.locator('.cm-tooltip-autocomplete li');
  await expect(options.first()).toBeVisible();
  await expect(options.filter({ hasText: 's3:GetObjectTagging' })).toHaveCount(1);
  await expect(options.filter({ hasText: 's3:GetObjectTagging' })).toContainText('Read');
  await page.screenshot({ path: 'artifacts/catalog-autocomplete.png' });
  await page.keyboard.press('Escape');
  // Hovering the wildcard lists the actions it covers.
  await input.getByText('s3:Get*Tagging').hover();
  const tip = page.getByTestId('action-expansion');
  await expect(tip).toContainText('s3:Get*Tagging covers 5 actions');
  await expect(tip).toContainText('s3:GetObjectTagging (Read)');
  await page.screenshot({ path: 'artifacts/catalog-hover.png' });
});

test('a pinned draft of the session policy is compared with the edited one', async ({ page }) => {
  await openPlayground(page, `./?preset=${first.name}`);
  await waitSummary(page);
  await page.getByTestId('summary-pin').click();
  await expect(page.getByTestId('summary-diff')).toContainText('No difference');
  const policy = JSON.parse(first.scenario.request.Policy);
  policy.Statement[1].Action = policy.Statement[1].Action.filter((a) => a !== 's3:DeleteObject');
  policy.Statement.push({ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::otherbucket/*' });
  await setEditorText(page, 'request-policy', JSON.stringify(policy, null, 2));
  await waitUpToDate(page);
  const diff = page.getByTestId('summary-diff');
  await expect(diff).toContainText('+ s3:GetObject on arn:aws:s3:::otherbucket/*');
  await expect(diff).toContainText('− s3:DeleteObject on arn:aws:s3:::productionapp/*');
  await diff.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'artifacts/catalog-diff.png' });
});
