// The engine's embedded presets, read from the same files the Go package
// embeds (engine/scenario/presets/index.json lists them in display order;
// NAME.json is each scenario document), so every preset added there is
// tested in the browser without touching the tests.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from './server.mjs';

export const presetDir = path.join(repoRoot, 'engine', 'scenario', 'presets');

/**
 * Returns [{ name, title, teaches, quote, source, file, scenario }] in the
 * order the page lists them; the first is the page's default.
 */
export function loadPresets() {
  const index = JSON.parse(readFileSync(path.join(presetDir, 'index.json'), 'utf8'));
  return index.map((p) => {
    const file = path.join(presetDir, `${p.name}.json`);
    return { ...p, file, scenario: JSON.parse(readFileSync(file, 'utf8')) };
  });
}

/** The preset with the most statements and checks: the heaviest recompute. */
export function largestPreset(presets = loadPresets()) {
  const weight = (p) => JSON.stringify(p.scenario).length + 1000 * (p.scenario.checks?.length ?? 0);
  return presets.reduce((a, b) => (weight(b) > weight(a) ? b : a));
}
