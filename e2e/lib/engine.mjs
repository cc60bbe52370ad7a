// The native engine (the stsplay CLI, built by global-setup.mjs) gives the
// results the page must show: the browser runs the same engine compiled to
// WebAssembly, so both must agree field by field.
import { execFileSync } from 'node:child_process';
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
