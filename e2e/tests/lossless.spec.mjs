// The page gives the CLI's answer for any document: a field the form has
// no control for (caller.path), a field of the wrong type ("Name": 55) and
// an unknown field ({"bogus": true}) reach the engine exactly as they are.
// Fields the form does not edit are listed under More fields, where they
// can be removed.
import { test, expect } from '../lib/fixtures.mjs';
import { waitReady, waitUpToDate, shownXml, compactXml } from '../lib/page.mjs';
import { loadPresets } from '../lib/presets.mjs';
import { runNativeDoc, runNativeText } from '../lib/engine.mjs';
import { shareFragment } from '../lib/share.mjs';

const presets = loadPresets();
const byName = (name) => structuredClone(presets.find((p) => p.name === name).scenario);

async function open(page, doc) {
  await page.goto(`./${shareFragment(doc)}`);
  await waitReady(page);
}

test('a document with caller.path gives the CLI\'s exact outcome', async ({ page }) => {
  const doc = byName('manager-name-denied');
  doc.caller.path = '/eng/';
  doc.caller.userId = 'AIDAEXAMPLEUSERID123';
  const cli = runNativeDoc(doc);
  expect(cli.error.code).toBe('AccessDenied');
  expect(cli.error.message).toContain('user/eng/broker');

  await open(page, doc);
  await expect(page.getByTestId('caller-path')).toHaveValue('/eng/');
  await expect(page.getByTestId('caller-user-id')).toHaveValue('AIDAEXAMPLEUSERID123');
  await expect(page.getByTestId('expect-error')).toHaveValue('AccessDenied');
  await expect(page.getByTestId('error-code')).toHaveText(cli.error.code);
  await expect(page.getByTestId('error-message')).toHaveText(cli.error.message);
  expect(await shownXml(page)).toBe(compactXml(cli.response.body));
  await expect(page.getByTestId('call-expectation')).toHaveAttribute('data-pass', String(cli.expectation.pass));

  // Editing the path in the form changes the ARN the way the CLI does.
  await page.getByTestId('caller-path').fill('/ops/');
  await waitUpToDate(page);
  doc.caller.path = '/ops/';
  await expect(page.getByTestId('error-message')).toHaveText(runNativeDoc(doc).error.message);
});

for (const [what, edit, path] of [
  ['"Name": 55', (d) => (d.request.Name = 55), 'request.Name'],
  ['"DurationSeconds": "3600"', (d) => (d.request.DurationSeconds = '3600'), 'request.DurationSeconds'],
  ['{"bogus": true}', (d) => (d.bogus = true), 'bogus'],
  ['a caller tag with a number as value', (d) => (d.caller.tags = [{ Key: 'team', Value: 7 }]), 'caller.tags'],
]) {
  test(`a document with ${what} gives the CLI's answer and lists the field under More fields`, async ({ page }) => {
    const doc = byName('jean-api-example');
    edit(doc);
    await open(page, doc);
    const more = page.getByTestId('more-fields');
    await expect(more.locator(`[data-path="${path}"]`)).toBeVisible();
    // The JSON pane shows the document as it is (the field is not converted),
    // and `stsplay run scenario.json` on that text gives what the page shows.
    const text = await page.getByTestId('json-output').textContent();
    expect(JSON.parse(text)).toEqual(doc);
    const cli = runNativeText(text);
    if (cli.status === 2) {
      await expect(page.getByTestId('error-code')).toHaveText('InvalidScenario');
      await expect(page.getByTestId('error-message')).toHaveText(cli.message);
      await expect(more.locator(`[data-path="${path}"] .more-error`)).not.toBeEmpty();
      // The error's line is marked in the JSON pane.
      const line = Number(/line (\d+)/.exec(cli.message)[1]);
      await expect(page.locator(`#json-line-${line}`)).toHaveClass(/\berr\b/);
      await expect(page.getByTestId('xml-output')).toHaveCount(0);
    } else {
      await expect(page.getByTestId('session-arn')).toHaveText(cli.result.session.arn);
      await expect(page.getByTestId('session-duration')).toHaveText(`${cli.result.session.durationSeconds} s`);
      expect(await shownXml(page)).toBe(compactXml(cli.result.response.body));
    }

    // Removing the field gives the CLI's answer for the document without it.
    await more.locator(`[data-path="${path}"] button`).click();
    await waitUpToDate(page);
    await expect(page.getByTestId('more-fields')).toHaveCount(0);
    const after = runNativeText(await page.getByTestId('json-output').textContent());
    expect(after.status).not.toBe(2);
    if (after.result.error) await expect(page.getByTestId('error-code')).toHaveText(after.result.error.code);
    else await expect(page.getByTestId('session-arn')).toHaveText(after.result.session.arn);
  });
}

test('a wrong-typed field is an error until it is removed, then the form edits it', async ({ page }) => {
  const doc = byName('jean-api-example');
  doc.request.Name = 55;
  await open(page, doc);
  await expect(page.getByTestId('error-code')).toHaveText('InvalidScenario');
  await expect(page.getByTestId('request-name')).toHaveCount(0);
  await expect(page.getByTestId('held-request.Name')).toBeVisible();
  await page.getByTestId('more-field-remove-0').click();
  await waitUpToDate(page);
  await page.getByTestId('request-name').fill('Jean');
  await waitUpToDate(page);
  await expect(page.getByTestId('session-arn')).toHaveText('arn:aws:sts::123456789012:federated-user/Jean');
});

test('a root caller asking for 129,600 s is told the session was capped at one hour', async ({ page }) => {
  const doc = byName('root-caller-capped');
  const cli = runNativeDoc(doc);
  expect(cli.session.durationCapped).toBe(true);
  await open(page, doc);
  await expect(page.getByTestId('session-duration')).toHaveText(`${cli.session.durationSeconds} s`);
  await expect(page.getByTestId('duration-capped')).toContainText('Capped');
  await expect(page.getByTestId('session-facts')).toContainText(cli.session.federatedUserId);
  await expect(page.getByTestId('session-facts')).toContainText(cli.session.accessKeyId);
});
