// netlify.toml builds the site as `make site` does and the publish
// directory's _headers (site/_headers) serves it with the right headers,
// defined once: a full Go version, the publish directory make writes,
// application/wasm, a year of cache for hashed file names only, one strict
// Content-Security-Policy per file (no inline script), and framing allowed
// only for the embed page. No browser is needed: this reads the config and
// the built files, and asks the test server (which applies the config).
import { test, expect } from '@playwright/test';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { loadNetlifyConfig, headersFor, headerValue, repoRoot } from '../lib/server.mjs';

const cfg = loadNetlifyConfig();
const YEAR = 31536000;

/** Every file under dir, as URL paths ("/assets/main-X.js"). */
function urlPaths(dir, prefix = '') {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? urlPaths(path.join(dir, e.name), `${prefix}/${e.name}`) : [`${prefix}/${e.name}`],
  );
}

/** A file name that carries a content hash, as the site build writes them (name-HASH.ext). */
const hashed = (p) => /-[A-Za-z0-9]{8,}\.(js|css|wasm|map|js\.map|css\.map|tsv\.gz)$/.test(path.basename(p));

/** The directives of a CSP as a map from name to its source list. */
function directives(csp) {
  return new Map(
    csp.split(';').map((d) => d.trim()).filter(Boolean).map((d) => {
      const [name, ...values] = d.split(/\s+/);
      return [name.toLowerCase(), values];
    }),
  );
}

/**
 * The URL paths a browser asks for: each file (not the .br and .gz copies,
 * which are sent in the file's place, nor the headers file), and "/" and
 * "/embed" for the pages.
 */
const files = urlPaths(cfg.publish).filter((f) => !/\.(br|gz)$/.test(f) && f !== '/_headers');
const requested = [...files, '/', '/embed'];

test('the build matches make site: command, publish directory, Go version', () => {
  expect(cfg.doc.build.command).toBe('make site');
  expect(path.relative(repoRoot, cfg.publish)).toBe(path.join('site', 'dist'));
  expect(files).toContain('/index.html');
  expect(files).toContain('/embed.html');
  const goVersion = cfg.doc.build.environment?.GO_VERSION;
  expect(goVersion).toMatch(/^\d+\.\d+\.\d+$/);
  const goMod = readFileSync(path.join(repoRoot, 'go.mod'), 'utf8').match(/^go (\d+\.\d+)(\.\d+)?$/m);
  expect(goVersion.startsWith(`${goMod[1]}.`), `GO_VERSION ${goVersion} is Go ${goMod[1]}.x as go.mod says`).toBe(true);
});

test('the headers are defined once, in _headers, and never claim an encoding', () => {
  expect(cfg.tomlHeaders, 'netlify.toml has no [[headers]]: they are all in site/_headers').toEqual([]);
  expect(readFileSync(path.join(repoRoot, 'site', '_headers'), 'utf8')).toBe(readFileSync(path.join(cfg.publish, '_headers'), 'utf8'));
  for (const rule of cfg.headers) {
    for (const name of Object.keys(rule.values)) expect(name.toLowerCase(), rule.for).not.toBe('content-encoding');
  }
});

test('every text and wasm file has a .br and a .gz copy that decompress to it', () => {
  // A copy that would not be smaller (a tiny file) is not written.
  const compressible = files.filter((f) => /\.(html|js|mjs|css|svg|json|map|wasm)$/.test(f) && statSync(path.join(cfg.publish, f)).size > 1000);
  expect(compressible.filter((f) => f.endsWith('.wasm')).length).toBeGreaterThan(0);
  expect(compressible).toContain('/index.html');
  for (const f of compressible) {
    const raw = readFileSync(path.join(cfg.publish, f));
    expect(brotliDecompressSync(readFileSync(path.join(cfg.publish, `${f}.br`))).equals(raw), `${f}.br`).toBe(true);
    expect(gunzipSync(readFileSync(path.join(cfg.publish, `${f}.gz`))).equals(raw), `${f}.gz`).toBe(true);
  }
});

test('no header is set twice for one file', () => {
  for (const urlPath of requested) {
    const seen = new Map();
    for (const rule of cfg.headers.filter((r) => r.pattern.test(urlPath))) {
      for (const name of Object.keys(rule.values)) {
        const key = name.toLowerCase();
        expect(seen.get(key), `${urlPath}: ${name} from "${rule.for}" and "${seen.get(key)}"`).toBeUndefined();
        seen.set(key, rule.for);
      }
    }
  }
});

test('WebAssembly is served as application/wasm', () => {
  const wasm = files.filter((f) => f.endsWith('.wasm'));
  expect(wasm.length).toBeGreaterThan(0);
  for (const f of wasm) expect(headersFor(cfg.headers, f)['Content-Type'], f).toBe('application/wasm');
});

test('only hashed file names are cached for long', () => {
  const maxAge = (p) => Number((headersFor(cfg.headers, p)['Cache-Control'] ?? '').match(/max-age=(\d+)/)?.[1] ?? 0);
  const hashedFiles = requested.filter(hashed);
  expect(hashedFiles.length).toBeGreaterThan(3);
  for (const p of requested) {
    if (hashed(p)) {
      expect(maxAge(p), p).toBeGreaterThanOrEqual(YEAR);
      expect(headersFor(cfg.headers, p)['Cache-Control'], p).toContain('immutable');
    } else {
      expect(maxAge(p), `${p} has no hash in its name`).toBeLessThan(60);
    }
  }
});

test('every page has one strict Content-Security-Policy; only the embed page may be framed', () => {
  const pages = requested.filter((p) => p.endsWith('.html') || !path.extname(p));
  for (const p of pages) {
    const csp = headersFor(cfg.headers, p)['Content-Security-Policy'];
    expect(csp, `${p} has a Content-Security-Policy`).toBeTruthy();
    expect(csp.includes(','), `${p} has a single policy`).toBe(false);
    const d = directives(csp);
    expect(d.get('script-src'), p).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(d.get('default-src'), p).toBeDefined();
    expect(d.get('connect-src'), p).toEqual(["'self'"]);
    const embed = /^\/embed(\.html)?$/.test(p);
    expect(d.get('frame-ancestors'), p).toEqual(embed ? ['*'] : ["'none'"]);
  }
  // The engine worker and the service worker run under the same script rules.
  for (const p of requested.filter((f) => /(^\/sw\.js|\/worker-[^/]+\.js)$/.test(f))) {
    const d = directives(headersFor(cfg.headers, p)['Content-Security-Policy'] ?? '');
    expect(d.get('script-src'), p).toEqual(["'self'", "'wasm-unsafe-eval'"]);
  }
});

test('the pages have no inline script or event-handler attribute', () => {
  for (const f of files.filter((p) => p.endsWith('.html'))) {
    const html = readFileSync(path.join(cfg.publish, f), 'utf8');
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
    expect(scripts.length, f).toBeGreaterThan(0);
    for (const [, attrs, body] of scripts) {
      expect(attrs, `${f}: every script has a src`).toMatch(/\bsrc=/);
      expect(body.trim(), `${f}: script bodies are empty`).toBe('');
    }
    expect(html, f).not.toMatch(/\son[a-z]+\s*=/i);
    expect(html, f).not.toMatch(/javascript:/i);
  }
});

test('the test server sends the headers _headers declares', async () => {
  const base = process.env.STSPLAY_BASE_URL;
  for (const p of ['/', '/embed.html', files.find((f) => f.startsWith('/assets/') && f.endsWith('.wasm'))]) {
    const res = await fetch(base + p);
    expect(res.status, p).toBe(200);
    for (const [name, value] of Object.entries(headersFor(cfg.headers, p))) {
      expect(res.headers.get(name), `${p} ${name}`).toBe(headerValue(value));
    }
  }
});
