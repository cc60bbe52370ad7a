// The native engine (the stsplay CLI, built by global-setup.mjs) gives the
// results the page must show: the browser runs the same engine compiled to
// WebAssembly, so both must agree field by field.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { repoRoot } from './server.mjs';

export const cliPath = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'artifacts', 'bin', 'stsplay');

/** Builds the CLI into artifacts/bin (Go's build cache makes a rebuild quick). */
export function buildCli() {
  execFileSync(process.env.GO || 'go', ['build', '-o', cliPath, './engine/cmd/stsplay'], {
    cwd: repoRoot,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
}

/** Runs a scenario document (a file path) natively and returns the result object. */
export function runNative(file) {
  return JSON.parse(execFileSync(cliPath, ['run', file], { encoding: 'utf8' }));
}

/** Runs a scenario given as an object natively and returns the result object. */
export function runNativeDoc(doc) {
  return JSON.parse(execFileSync(cliPath, ['run', '-'], { encoding: 'utf8', input: JSON.stringify(doc) }));
}

/**
 * Runs the exact text of a scenario document as `stsplay run scenario.json`
 * does (the "Run it locally" line of the page's Scenario JSON pane) and
 * returns {status, result, message}: the exit status, the result object
 * (null when the CLI refused the document) and the CLI's error, one line
 * per problem, each without its "stsplay: scenario.json: " prefix.
 */
export function runNativeText(text) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'stsplay-'));
  const file = path.join(dir, 'scenario.json');
  writeFileSync(file, text);
  const r = spawnSync(cliPath, ['run', 'scenario.json'], { cwd: dir, encoding: 'utf8' });
  rmSync(dir, { recursive: true, force: true });
  return {
    status: r.status,
    result: r.status === 2 ? null : JSON.parse(r.stdout),
    message: r.stderr.trim().replace(/^stsplay: scenario\.json: /gm, ''),
  };
}
