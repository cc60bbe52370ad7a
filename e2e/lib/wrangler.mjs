// Runs the Cloudflare Workers bundle of the STS endpoint under the real
// Workers runtime: `wrangler dev --local` (the pinned wrangler of
// e2e/package.json, which ships workerd) with wasm/worker/wrangler.toml,
// on free loopback ports. Nothing is sent anywhere: no login, no
// telemetry (WRANGLER_SEND_METRICS=false), no error reports
// (WRANGLER_SEND_ERROR_REPORTS=false), no update check (wrangler asks the
// npm registry for its latest version; npm_registry points it at a closed
// loopback port), no download of the Request.cf object (miniflare fetches
// it from workers.cloudflare.com unless NODE_ENV is "test"). Wrangler's
// config, logs and local state go to a temporary directory.

import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { repoRoot } from './native-server.mjs';

const wranglerBin = path.join(repoRoot, 'e2e', 'node_modules', '.bin', 'wrangler');

/** Returns a TCP port of 127.0.0.1 that is free now. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

/** The environment wrangler runs in: the process's, minus anything that would let it reach the network. */
export function wranglerEnv(dir) {
  const env = { ...process.env };
  for (const k of Object.keys(env)) {
    if (k.startsWith('CLOUDFLARE_') || k.startsWith('WRANGLER_') || k.startsWith('npm_')) delete env[k];
  }
  return {
    ...env,
    XDG_CONFIG_HOME: path.join(dir, 'config'),
    WRANGLER_LOG_PATH: path.join(dir, 'logs'),
    WRANGLER_SEND_METRICS: 'false',
    WRANGLER_SEND_ERROR_REPORTS: 'false',
    npm_registry: 'http://127.0.0.1:9/',
    NODE_ENV: 'test',
    CI: 'true',
  };
}

/**
 * Starts `wrangler dev --local` in wasm/worker with the Worker variables
 * vars, and resolves to { url, log, stop } once wrangler says it is ready,
 * every custom build it started (make worker-build, which it runs before
 * serving and may run once more when the build rewrites the bundle) has
 * finished and its log has been quiet for quietMs. No request has been
 * made then, so the first one meets a fresh worker.
 */
export async function startWrangler(vars, { timeoutMs = 300_000, quietMs = 3000 } = {}) {
  const dir = mkdtempSync(path.join(tmpdir(), 'stsplay-wrangler-'));
  const [port, inspector] = [await freePort(), await freePort()];
  const args = ['dev', '--local', '--ip', '127.0.0.1', '--port', String(port), '--inspector-port', String(inspector),
    '--persist-to', path.join(dir, 'state'), '--show-interactive-dev-session=false', '--log-level', 'info'];
  for (const [k, v] of Object.entries(vars)) args.push('--var', `${k}:${v}`);
  const child = spawn(wranglerBin, args, {
    cwd: path.join(repoRoot, 'wasm', 'worker'), env: wranglerEnv(dir), stdio: ['ignore', 'pipe', 'pipe'], detached: true,
  });
  let log = '';
  let lastOutput = Date.now();
  const append = (d) => { log += d; lastOutput = Date.now(); };
  child.stdout.on('data', append);
  child.stderr.on('data', append);
  let exited = false;
  const exit = new Promise((resolve) => child.once('exit', (code) => { exited = true; resolve(code); }));
  const stop = async () => {
    if (!exited) {
      // wrangler runs workerd and the build as its children: end the group.
      try { process.kill(-child.pid, 'SIGTERM'); } catch { /* already gone */ }
      const timer = setTimeout(() => { try { process.kill(-child.pid, 'SIGKILL'); } catch { /* gone */ } }, 10_000);
      await exit;
      clearTimeout(timer);
    }
    rmSync(dir, { recursive: true, force: true });
  };
  const count = (re) => (log.match(re) || []).length;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (exited) {
      await stop();
      throw new Error(`wrangler exited before serving:\n${log}`);
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`wrangler was not ready in ${timeoutMs / 1000} s:\n${log}`);
    }
    const built = count(/\[custom build\] Running/g) === count(/\[custom build\] make: Leaving directory/g);
    if (/Ready on http/.test(log) && built && Date.now() - lastOutput > quietMs) {
      return { url: `http://127.0.0.1:${port}`, log: () => log, stop };
    }
    await new Promise((r) => setTimeout(r, 200));
  }
}
