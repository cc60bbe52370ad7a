// Runs the Cloudflare Workers bundle of the STS endpoint (wasm/worker/build,
// made by `make worker-build`) under Node, behind a loopback HTTP server, so
// that the SDK test can call the very bundle that would be deployed.
//
// The bundle's worker.mjs and wasm_exec.js are used unchanged; only
// runtime.mjs, the piece that is Cloudflare-specific (it imports
// "cloudflare:sockets" and the .wasm module through the Workers bundler),
// is replaced by a Node stand-in that compiles app.wasm from disk.

import { createServer } from 'node:http';
import { copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** Reports whether the bundle in buildDir has been built. */
export function workerBuilt(buildDir) {
  return ['worker.mjs', 'wasm_exec.js', 'app.wasm'].every((f) => existsSync(path.join(buildDir, f)));
}

/**
 * Starts the bundle in buildDir with the Worker environment env (its vars
 * and secrets) on a free port of 127.0.0.1. Returns { url, stop }.
 */
export async function startWorker(buildDir, env) {
  const dir = await mkdtemp(path.join(tmpdir(), 'stsplay-worker-'));
  await copyFile(path.join(buildDir, 'worker.mjs'), path.join(dir, 'worker.mjs'));
  await copyFile(path.join(buildDir, 'wasm_exec.js'), path.join(dir, 'wasm_exec.js'));
  const wasm = path.resolve(buildDir, 'app.wasm');
  await writeFile(path.join(dir, 'runtime.mjs'), [
    "import { readFile } from 'node:fs/promises';",
    `const mod = await WebAssembly.compile(await readFile(${JSON.stringify(wasm)}));`,
    'export async function loadModule() { return mod; }',
    'export function createRuntimeContext({ env, ctx, binding }) { return { env, ctx, binding }; }',
    '',
  ].join('\n'));
  const worker = (await import(pathToFileURL(path.join(dir, 'worker.mjs')).href)).default;
  const ctx = { waitUntil() {}, passThroughOnException() {} };

  const server = createServer(async (req, res) => {
    try {
      const chunks = [];
      for await (const c of req) chunks.push(c);
      const headers = new Headers();
      for (let i = 0; i < req.rawHeaders.length; i += 2) headers.append(req.rawHeaders[i], req.rawHeaders[i + 1]);
      const hasBody = req.method !== 'GET' && req.method !== 'HEAD';
      const request = new Request(`http://${req.headers.host}${req.url}`, {
        method: req.method,
        headers,
        body: hasBody ? Buffer.concat(chunks) : undefined,
      });
      const response = await worker.fetch(request, env, ctx);
      const body = Buffer.from(await response.arrayBuffer());
      res.writeHead(response.status, Object.fromEntries(response.headers));
      res.end(body);
    } catch (err) {
      res.writeHead(502, { 'content-type': 'text/plain' });
      res.end(`worker failed: ${err && err.stack ? err.stack : err}`);
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}`,
    async stop() {
      await new Promise((resolve) => server.close(resolve));
      await rm(dir, { recursive: true, force: true });
    },
  };
}

