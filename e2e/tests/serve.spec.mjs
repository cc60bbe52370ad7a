// `make serve` (site/serve) sends, for every path of the built site, the
// headers the publish directory's _headers declares, exactly as the test
// server does (and Netlify reads the same file): the same
// Content-Security-Policy, caching, MIME type, and the .br or .gz copy with
// Content-Encoding and Vary: Accept-Encoding. No browser is needed: this
// starts the Go server and asks it over HTTP.
import { test, expect } from '@playwright/test';
import { execFileSync, spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { loadNetlifyConfig, headersFor, repoRoot } from '../lib/server.mjs';

const cfg = loadNetlifyConfig();
const bin = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'artifacts', 'bin', 'site-serve');

/** Every file under dir, as URL paths, without the .br and .gz copies and the headers file. */
function urlPaths(dir, prefix = '') {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? urlPaths(path.join(dir, e.name), `${prefix}/${e.name}`) : [`${prefix}/${e.name}`],
  );
}
const files = urlPaths(cfg.publish).filter((f) => !/\.(br|gz)$/.test(f) && f !== '/_headers');
const requested = ['/', '/embed', ...files];

/** A GET with exactly the given Accept-Encoding (fetch would add its own and decompress). */
function get(url, acceptEncoding) {
  return new Promise((resolve, reject) => {
    const headers = acceptEncoding === undefined ? {} : { 'Accept-Encoding': acceptEncoding };
    http.get(url, { headers }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
    }).on('error', reject);
  });
}

function decode(res) {
  const enc = res.headers['content-encoding'];
  if (enc === 'br') return brotliDecompressSync(res.body);
  if (enc === 'gzip') return gunzipSync(res.body);
  return res.body;
}

/** The file a path serves, as Netlify resolves it. */
function fileOf(p) {
  if (p === '/') return 'index.html';
  if (p === '/embed') return 'embed.html';
  return p.slice(1);
}

const compared = ['content-type', 'cache-control', 'content-security-policy', 'x-content-type-options', 'referrer-policy',
  'cross-origin-opener-policy', 'permissions-policy', 'vary', 'content-encoding'];

let server;
let serveURL;

test.beforeAll(async () => {
  execFileSync(process.env.GO || 'go', ['build', '-o', bin, './site/serve'], { cwd: repoRoot, stdio: ['ignore', 'inherit', 'inherit'] });
  server = spawn(bin, ['-dir', cfg.publish, '-addr', '127.0.0.1:0'], { stdio: ['ignore', 'pipe', 'inherit'] });
  serveURL = await new Promise((resolve, reject) => {
    let out = '';
    server.stdout.on('data', (c) => {
      out += c;
      const m = out.match(/on (http:\/\/\S+)/);
      if (m) resolve(m[1]);
    });
    server.once('exit', (code) => reject(new Error(`site/serve exited with ${code}: ${out}`)));
  });
});

test.afterAll(() => {
  server?.kill();
});

test('make serve sends the headers _headers declares for every path', async () => {
  for (const p of requested) {
    const res = await get(serveURL + p, 'br, gzip');
    expect(res.status, p).toBe(200);
    for (const [name, value] of Object.entries(headersFor(cfg.headers, p))) {
      expect(res.headers[name.toLowerCase()], `${p} ${name}`).toBe(value);
    }
    expect(decode(res).equals(readFileSync(path.join(cfg.publish, fileOf(p)))), `${p}: the body is the file`).toBe(true);
  }
});

test('make serve and the test server send the same headers for every path and encoding', async () => {
  const base = process.env.STSPLAY_BASE_URL;
  for (const p of requested) {
    for (const accept of ['br, gzip', 'gzip', undefined]) {
      const [a, b] = await Promise.all([get(serveURL + p, accept), get(base + p, accept)]);
      for (const h of compared) expect(a.headers[h], `${p} (${accept ?? 'no Accept-Encoding'}) ${h}`).toBe(b.headers[h]);
      expect(a.body.equals(b.body), `${p} (${accept}) same bytes`).toBe(true);
    }
  }
});

test('compressed copies are sent with Content-Encoding and Vary, and only to browsers that accept them', async () => {
  const wasm = files.find((f) => f.startsWith('/assets/') && f.endsWith('.wasm'));
  const raw = readFileSync(path.join(cfg.publish, wasm));
  const br = await get(serveURL + wasm, 'gzip, deflate, br');
  expect(br.headers['content-encoding']).toBe('br');
  expect(br.headers.vary).toBe('Accept-Encoding');
  expect(br.headers['content-type']).toBe('application/wasm');
  expect(br.body.length).toBeLessThan(raw.length / 3);
  expect(brotliDecompressSync(br.body).equals(raw)).toBe(true);
  const gz = await get(serveURL + wasm, 'gzip');
  expect(gz.headers['content-encoding']).toBe('gzip');
  expect(gunzipSync(gz.body).equals(raw)).toBe(true);
  const plain = await get(serveURL + wasm, 'identity');
  expect(plain.headers['content-encoding']).toBeUndefined();
  expect(plain.headers.vary).toBe('Accept-Encoding');
  expect(plain.body.equals(raw)).toBe(true);
});

test('make serve never serves the headers file, and serves /index.html without a redirect', async () => {
  expect((await get(`${serveURL}/_headers`)).status).toBe(404);
  const index = await get(`${serveURL}/index.html`, 'identity');
  expect(index.status).toBe(200);
  expect(index.body.toString()).toBe(readFileSync(path.join(cfg.publish, 'index.html'), 'utf8'));
});
