// An invalid policy shows its diagnostic at the right line — in the
// Problems list and as a lint mark on that line of the editor — and the
// text the person typed is kept exactly, through the recompute and a reload.
import { test, expect } from '../lib/fixtures.mjs';
import { loadPresets } from '../lib/presets.mjs';
import { runNativeDoc } from '../lib/engine.mjs';
import { openPlayground, setEditorText, editorText, waitUpToDate, waitReady } from '../lib/page.mjs';

const base = loadPresets().find((p) => typeof p.scenario.request?.Policy === 'string');

const cases = [
  {
    name: 'an unknown condition operator',
    line: 8,
    text: `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allow",
      "Action": "s3:GetObject",
      "Resource": "arn:aws:s3:::productionapp/*",
      "Condition": { "StringEqualz": { "aws:SourceIp": "203.0.113.5" } }
    }
  ]
}`,
  },
  {
    name: 'a missing comma',
    line: 6,
    text: `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allow"
      "Action": "s3:GetObject",
      "Resource": "*"
    }
  ]
}`,
  },
];

for (const c of cases) {
  test(`a session policy with ${c.name} shows its diagnostic on line ${c.line} and keeps the text`, async ({ page }) => {
    const doc = structuredClone(base.scenario);
    doc.request.Policy = c.text;
    const native = runNativeDoc(doc);
    const expected = native.diagnostics.filter((d) => d.source === 'request.Policy' && d.severity === 'error');
    expect(expected.length, 'the engine finds the error').toBeGreaterThan(0);
    expect(expected[0].line, 'the engine puts the error on the line the test expects').toBe(c.line);

    await openPlayground(page, `./?preset=${base.name}`);
    await setEditorText(page, 'request-policy', c.text);
    await waitUpToDate(page);

    // The Problems list names the line, the column and the message.
    const problems = page.getByTestId('problems').locator('li');
    for (const d of expected) {
      await expect(problems.filter({ hasText: `line ${d.line}, column ${d.column}` }).filter({ hasText: d.message })).toHaveCount(1);
    }
    // The call fails the way STS fails it.
    await expect(page.getByTestId('error-code')).toHaveText(native.error.code);

    // The editor marks the error on that line.
    const editor = page.getByTestId('editor-request-policy');
    await expect(editor.locator('.cm-lintRange-error').first()).toBeVisible();
    const markedLines = await editor.locator('.cm-line').evaluateAll((lines) =>
      lines.flatMap((l, i) => (l.querySelector('.cm-lintRange-error') ? [i + 1] : [])),
    );
    expect(markedLines).toContain(c.line);

    // The text stays as typed, and the link in the address bar brings it back.
    expect(await editorText(page, 'request-policy')).toBe(c.text);
    await page.reload();
    await waitReady(page);
    expect(await editorText(page, 'request-policy')).toBe(c.text);
    await expect(page.getByTestId('problems').locator('li').first()).toContainText(`line ${expected[0].line}`);
  });
}

test('the Problems entry moves the cursor to the diagnostic', async ({ page }) => {
  const text = cases[0].text;
  await openPlayground(page, `./?preset=${base.name}`);
  await setEditorText(page, 'request-policy', text);
  await waitUpToDate(page);
  await page.getByTestId('problems').locator('li button').first().click();
  const input = page.getByTestId('editor-request-policy-input');
  await expect(input).toBeFocused();
  const line = await page.evaluate(() => {
    const sel = window.getSelection();
    const el = sel.anchorNode?.nodeType === 1 ? sel.anchorNode : sel.anchorNode?.parentElement;
    const lineEl = el?.closest('.cm-line');
    return lineEl ? Array.from(lineEl.parentElement.children).indexOf(lineEl) + 1 : 0;
  });
  expect(line).toBe(cases[0].line);
});
