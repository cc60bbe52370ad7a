// Starts the native STS endpoint (engine/cmd/stsplay-server) on a free
// loopback port for the real-client tests: the binary named by
// STSPLAY_SERVER_BIN (the Makefile builds it), else `go run`.

import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * Starts the server with the session-token key tokenKey and the built-in
 * configuration (the seed's token-app with AWS's example key). Resolves to
 * { url, stop } once the server prints its address; stop() ends it with
 * SIGTERM and resolves to its exit code.
 */
export function startNative(tokenKey) {
  const bin = process.env.STSPLAY_SERVER_BIN;
  const [cmd, args] = bin
    ? [path.resolve(repoRoot, 'e2e', bin), ['-port', '0']]
    : ['go', ['run', './engine/cmd/stsplay-server', '-port', '0']];
  const env = { ...process.env, STSPLAY_TOKEN_KEY: tokenKey };
  for (const k of ['PORT', 'STSPLAY_CONFIG', 'STSPLAY_CONFIG_FILE']) delete env[k];
  const child = spawn(cmd, args, { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => { stderr += d; });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`the server did not start in 180 s:\n${stderr}`)), 180_000);
    child.stdout.on('data', (d) => {
      out += d;
      const m = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({
          url: m[1],
          stderr: () => stderr,
          async stop() {
            child.kill('SIGTERM');
            return exited;
          },
        });
      }
    });
    child.once('exit', (code) => { clearTimeout(timer); reject(new Error(`the server exited (${code}):\n${stderr}`)); });
  });
}
