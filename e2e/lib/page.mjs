// Helpers that drive the playground the way a person does: open it, wait
// until the engine has answered, type into a policy editor, read what the
// page shows. Element names are the data-testid values listed at the top of
// site/src/main.js.
import { expect } from '@playwright/test';

/** How long the first load (worker + WebAssembly compile + first run) may take. */
export const READY_TIMEOUT = 20_000;

/**
 * Opens the page at path (relative to baseURL: "./", "./?preset=NAME",
 * "./embed.html#…") and waits until the first result is on screen.
 */
export async function openPlayground(page, path = './') {
  await page.goto(path);
  await waitReady(page);
}

/** Waits until the page has shown its first result and is idle. */
export async function waitReady(page) {
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'true', { timeout: READY_TIMEOUT });
  await waitUpToDate(page);
}

/** Waits until the engine has recomputed after the last edit. */
export async function waitUpToDate(page) {
  await expect(page.getByTestId('engine-status')).toHaveText('Up to date', { timeout: READY_TIMEOUT });
}

/** Chooses a preset in the Preset list (by its name) and waits for its result. */
export async function choosePreset(page, preset) {
  await page.getByLabel('Preset').selectOption(preset.name);
  await expect(page.getByTestId('preset-title')).toHaveText(preset.title);
  await waitUpToDate(page);
}

/** The text area of the policy editor with the given slug (e.g. "request-policy"). */
export function editorInput(page, slug) {
  return page.getByTestId(`editor-${slug}-input`);
}

/** Replaces the whole text of a policy editor, as a person who selects all and pastes. */
export async function setEditorText(page, slug, text) {
  const input = editorInput(page, slug);
  await input.click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.insertText(text);
  // CodeMirror reads the change from the DOM a moment later; only then has
  // the page scheduled its recompute, so wait for it before going on.
  await expect.poll(() => editorText(page, slug)).toBe(text);
}

/** The text of a policy editor, line by line as CodeMirror shows it. */
export async function editorText(page, slug) {
  return editorInput(page, slug).evaluate((el) =>
    Array.from(el.querySelectorAll('.cm-line'), (line) => line.textContent).join('\n'),
  );
}

/** Removes the whitespace between XML tags, so indented and one-line bodies compare equal. */
export function compactXml(text) {
  return text.replace(/>\s+</g, '><').trim();
}

/** The text of the XML response pane, compacted. */
export async function shownXml(page) {
  return compactXml(await page.getByTestId('xml-output').textContent());
}

/**
 * Waits until the AWS action catalog has loaded and the page has run the
 * scenario again with it (the results are drawn anew then), so that a test
 * reads results that stay.
 */
export async function waitCatalog(page) {
  await expect(page.getByTestId('summary').locator('.summary-about')).toBeVisible({ timeout: READY_TIMEOUT });
  await waitUpToDate(page);
}
