// A scenario over the engine's limits (201 checks, where the limit is 200)
// opened from a share link: the page shows the engine's InvalidScenario
// message, which names the limit, the value and where, and marks the check
// it names, instead of computing and drawing 201 explanations. The form still shows all 201 checks (the
// scenario is kept), which takes a while on a slow machine, hence the
// longer wait.
import { test, expect } from '../lib/fixtures.mjs';
import { encode } from '../../site/src/share.js';

const checks = Array.from({ length: 201 }, (_, i) => ({
  action: 's3:GetObject', resource: `arn:aws:s3:::productionapp/reports/${i}.csv`, expect: 'allowed',
}));
const doc = {
  version: 1,
  caller: {
    type: 'IAMUser', name: 'token-app',
    policies: ['{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["sts:GetFederationToken","s3:*"],"Resource":"*"}]}'],
  },
  request: { Name: 'Jean', Policy: '{"Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"*"}]}' },
  clock: '2026-01-01T00:00:00Z',
  seed: 'limits',
  checks,
};

test('201 checks get the engine\'s limit message and no results', async ({ page }) => {
  test.setTimeout(180_000);
  const fragment = await encode(doc, '');
  await page.goto(`./#${fragment}`);
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'true', { timeout: 120_000 });
  await expect(page.getByTestId('error-code')).toHaveText('InvalidScenario');
  const message = page.getByTestId('error-message');
  await expect(message).toContainText('checks[200]');
  await expect(message).toContainText('the scenario has 201 checks; the limit is 200 checks per scenario');
  await expect(page.getByTestId('checks')).toContainText('the scenario has an error');
  // The check the message names is marked, with the message under it.
  await expect(page.getByTestId('check-action-200')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByTestId('check-action-200-error')).toContainText('the limit is 200 checks per scenario');
  await expect(page.locator('[data-testid^="check-result-"]')).toHaveCount(0);
  await page.getByTestId('error-message').scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'artifacts/screenshots/limits-201-checks.png' });
});
