// Every preset of the engine (engine/scenario/presets) shows, in the page,
// the same XML response, error or session, the same decisions and the same
// explanations as the native engine, and each decision is the one the
// preset expects. A new
// preset is tested here without any change to this file.
import { test, expect } from '../lib/fixtures.mjs';
import { loadPresets } from '../lib/presets.mjs';
import { runNative } from '../lib/engine.mjs';
import { openPlayground, choosePreset, shownXml, compactXml } from '../lib/page.mjs';

const presets = loadPresets();

test('the page lists every preset, the first one opened', async ({ page }) => {
  await openPlayground(page);
  const options = await page.getByLabel('Preset').locator('option').evaluateAll((els) =>
    els.map((o) => o.value).filter(Boolean),
  );
  expect(options).toEqual(presets.map((p) => p.name));
  await expect(page.getByLabel('Preset')).toHaveValue(presets[0].name);
  await expect(page.getByTestId('preset-title')).toHaveText(presets[0].title);
});

for (const preset of presets) {
  test(`preset ${preset.name} shows its XML response, decisions and explanations`, async ({ page }) => {
    const native = runNative(preset.file);
    await openPlayground(page);
    if (preset !== presets[0]) await choosePreset(page, preset);

    await expect(page.getByTestId('preset-teaches')).toHaveText(preset.teaches);
    await expect(page.getByTestId('preset-quote')).toHaveText(preset.quote);

    // The outcome: the HTTP status, then the error or the session.
    const status = page.getByTestId('response-status');
    await expect(status).toHaveAttribute('data-status', String(native.response?.status ?? ''));
    if (native.error) {
      await expect(page.getByTestId('error-code')).toHaveText(native.error.code);
      await expect(page.getByTestId('error-message')).toHaveText(native.error.message);
    } else {
      await expect(page.getByTestId('session-arn')).toHaveText(native.session.arn);
    }

    // The XML body, field by field (the page indents it; the text is the same).
    const body = native.response?.body ?? '';
    if (body) {
      await expect.poll(() => shownXml(page)).toBe(compactXml(body));
      for (const [, tag, value] of body.matchAll(/<(\w+)>([^<]+)<\/\1>/g)) {
        await expect(page.getByTestId('xml-output'), `<${tag}>`).toContainText(`<${tag}>${value}</${tag}>`);
      }
    } else {
      await expect(page.getByTestId('xml-output')).toHaveCount(0);
    }

    // The decisions: as the native engine decided and as the preset expects.
    const checks = preset.scenario.checks ?? [];
    expect(native.checks).toHaveLength(checks.length);
    for (let i = 0; i < checks.length; i++) {
      const row = page.getByTestId(`check-result-${i}`);
      await expect(row).toContainText(checks[i].action);
      await expect(row).toContainText(checks[i].resource);
      await expect(page.getByTestId(`check-decision-${i}`), `check ${i} ${checks[i].action}`).toHaveAttribute(
        'data-decision',
        native.checks[i].decision,
      );
      if (checks[i].expect) {
        expect(native.checks[i].decision, `the engine's decision for check ${i}`).toBe(checks[i].expect);
        await expect(page.getByTestId(`check-expect-result-${i}`)).toHaveAttribute('data-pass', 'true');
      }
    }
    await expect(page.getByTestId(`check-result-${checks.length}`)).toHaveCount(0);

    // Choosing a check shows its explanation, the one the engine wrote.
    for (let i = checks.length - 1; i >= 0; i--) {
      await page.getByTestId(`check-result-${i}`).click();
      await expect(page.getByTestId(`check-result-${i}`)).toHaveAttribute('aria-pressed', 'true');
      await expect(page.getByTestId('explanation-summary')).toHaveText(native.checks[i].explanation.summary);
    }
  });
}
