// The rule book page, "How AWS decides" (rules.html, built from
// engine/RULES.md): it is linked from the playground, it has a section for
// every rule an explanation links to, a step's link lands on its rule, and
// it is there offline. Screenshots of it go to artifacts/screenshots/.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test, expect } from '../lib/fixtures.mjs';
import { loadPresets } from '../lib/presets.mjs';
import { openPlayground, choosePreset, waitUpToDate } from '../lib/page.mjs';

const presets = loadPresets();
const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'artifacts', 'screenshots');

/** The rule links of the explanation on screen, as [step id, href] pairs. */
async function stepRuleLinks(page) {
  return page.locator('[data-testid^="explanation-step-rule-"]').evaluateAll((els) =>
    els.map((a) => [a.dataset.testid.replace('explanation-step-rule-', ''), a.getAttribute('href')]),
  );
}

test('every rule an explanation of a preset links to has its section on the rule book page', async ({ page }) => {
  test.setTimeout(300_000); // every check of every preset
  const links = new Map();
  await openPlayground(page);
  for (const preset of presets) {
    if (preset !== presets[0]) await choosePreset(page, preset);
    const checks = preset.scenario.checks ?? [];
    for (let i = 0; i < checks.length; i++) {
      await page.getByTestId(`check-result-${i}`).click();
      await expect(page.getByTestId('explanation-steps')).toBeVisible();
      const shown = await stepRuleLinks(page);
      const steps = await page.locator('[data-testid="explanation-steps"] > li').count();
      expect(shown, `${preset.name} check ${i}: one rule link per step`).toHaveLength(steps);
      for (const [id, href] of shown) links.set(href, id);
    }
  }
  // Every step of a session decision appears across the presets (the SCP
  // step in the organization presets).
  expect([...links.values()].sort()).toEqual(['explicitDeny', 'getCallerIdentity', 'identitySession', 'resourceGrant', 'serviceControlPolicies', 'serviceRestriction']);

  await page.getByTestId('rules-link').click();
  await expect(page).toHaveURL(/\/rules\.html$/);
  await expect(page).toHaveTitle('How AWS decides — stsplay');
  await expect(page.getByTestId('rulebook-toc')).toBeVisible();
  for (const [href, id] of links) {
    expect(href, id).toMatch(/^rules\.html#[a-z-]+$/);
    const anchor = href.split('#')[1];
    await expect(page.locator(`h3[id="${anchor}"]`), `${href} resolves`).toHaveCount(1);
    // The section says which id it is the rule of.
    await expect(page.locator(`h3[id="${anchor}"] + p`)).toContainText(id);
  }
});

test('clicking a step of a preset\'s explanation lands on its rule', async ({ page }) => {
  const preset = presets.find((p) => p.name === 'carol-bucket-policy') ?? presets[0];
  await openPlayground(page, `./?preset=${preset.name}`);
  await expect(page.getByTestId('preset-title')).toHaveText(preset.title);
  await page.getByTestId('check-result-0').click();
  await waitUpToDate(page);
  const decided = page.locator('[data-testid="explanation-steps"] > li[data-outcome="decided"]');
  await expect(decided).toHaveCount(1);
  const id = (await decided.getAttribute('data-testid')).replace('explanation-step-', '');
  const anchor = id.replace(/[A-Z]/g, (c) => '-' + c.toLowerCase());
  // The explanation may be drawn again while later results arrive; retry
  // the picture until one frame holds still.
  await expect(async () => {
    await page.getByTestId('explanation-steps').screenshot({ path: path.join(dir, 'explanation-rule-links.png'), timeout: 5_000 });
  }).toPass();
  await page.getByTestId(`explanation-step-rule-${id}`).click();
  await expect(page).toHaveURL(new RegExp(`/rules\\.html#${anchor}$`));
  const heading = page.locator(`h3[id="${anchor}"]`);
  await expect(heading).toBeInViewport();
  expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe(anchor);
  // The rule names its AWS source and quotes it.
  const section = page.locator(`h3[id="${anchor}"] ~ *`).first();
  await expect(section).toContainText(id);
  await expect(page.locator(`h3[id="${anchor}"] ~ blockquote`).first()).toBeVisible();
  await page.screenshot({ path: path.join(dir, 'rules-from-step.png') });
});

test('embedded in another page, a step\'s rule link opens a new tab', async ({ page }) => {
  await openPlayground(page, `./embed.html?preset=${presets[0].name}`);
  const links = page.locator('[data-testid^="explanation-step-rule-"]');
  await expect(links.first()).toBeVisible();
  for (const a of await links.all()) {
    await expect(a).toHaveAttribute('target', '_blank');
    await expect(a).toHaveAttribute('rel', 'noopener');
  }
  await openPlayground(page, `./?preset=${presets[0].name}`);
  await expect(page.locator('[data-testid^="explanation-step-rule-"][target]')).toHaveCount(0);
});

for (const first of ['./', './rules.html']) {
  test(`the rule book page works offline after one visit to ${first}`, async ({ page, context }) => {
    await page.goto(first);
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
    await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
    await context.setOffline(true);
    await page.goto('./rules.html#explicit-deny');
    await expect(page.locator('h3[id="explicit-deny"]')).toBeInViewport();
    await expect(page.getByTestId('rulebook')).toContainText('An explicit deny in any policy overrides any allows.');
    // The playground is there too, engine included.
    await page.getByTestId('rulebook-home').click();
    await expect(page.locator('html')).toHaveAttribute('data-ready', 'true', { timeout: 20_000 });
  });
}

test.describe('desktop', () => {
  test.use({ viewport: { width: 1366, height: 900 }, colorScheme: 'light' });
  test('rule book screenshot', async ({ page }) => {
    await page.goto('./rules.html');
    await expect(page.getByTestId('rulebook-toc')).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
    await page.screenshot({ path: path.join(dir, 'rules-desktop.png') });
  });
});

test.describe('phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, colorScheme: 'dark' });
  test('rule book screenshot', async ({ page }) => {
    await page.goto('./rules.html#resource-grant-session');
    await expect(page.locator('h3[id="resource-grant-session"]')).toBeInViewport();
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
    await page.screenshot({ path: path.join(dir, 'rules-phone.png') });
    await page.goto('./rules.html');
    await page.screenshot({ path: path.join(dir, 'rules-phone-top.png') });
  });
});
