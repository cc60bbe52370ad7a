// A static file server for the built site that sends the response headers
// of the publish directory's _headers file (site/_headers, copied by make
// site; Netlify reads the same file), so the browser tests run the page
// under the same Content-Security-Policy, Content-Type and caching rules as
// production. Like site/serve (make serve), it sends a file's .br or .gz
// copy to a browser that accepts it, with Content-Encoding and Vary.
//
// Usage as a program: node lib/server.mjs [DIR] [--port N]
// (DIR defaults to the publish directory named in netlify.toml).

import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseToml } from 'smol-toml';

/** The repository root (the parent of e2e/). */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

const contentTypes = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.woff2': 'font/woff2',
};

/** The name of the headers file in the publish directory. */
export const headersFile = '_headers';

/**
 * Reads netlify.toml from the repository root and returns it (doc), its
 * publish directory (absolute) and the header rules of the publish
 * directory's _headers file (built by make site).
 */
export function loadNetlifyConfig(file = path.join(repoRoot, 'netlify.toml')) {
  const doc = parseToml(readFileSync(file, 'utf8'));
  const publish = doc.build?.publish;
  if (typeof publish !== 'string' || publish === '') {
    throw new Error(`${file}: [build] publish is missing`);
  }
  const root = path.resolve(repoRoot, publish);
  const headersPath = path.join(root, headersFile);
  let text;
  try {
    text = readFileSync(headersPath, 'utf8');
  } catch {
    throw new Error(`${headersPath} is missing: build the site first (make site)`);
  }
  return { doc, publish: root, headers: parseHeaders(text, headersPath), tomlHeaders: doc.headers ?? [] };
}

/**
 * Parses a file in Netlify's _headers format (as site/serve does): a line
 * starting with "/" begins a rule, indented "Name: value" lines are its
 * headers, "#" starts a comment. Returns [{for, pattern, values}].
 */
export function parseHeaders(text, name = headersFile) {
  const rules = [];
  text.split(/\r?\n/).forEach((line, i) => {
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#')) return;
    if (line.startsWith('/')) {
      rules.push({ for: trimmed, pattern: pathPattern(trimmed), values: {} });
      return;
    }
    const m = trimmed.match(/^([^\s:]+)\s*:\s*(.*)$/);
    if (line === trimmed || !rules.length || !m) {
      throw new Error(`${name}, line ${i + 1}: "${trimmed}" is neither a path starting with "/" nor an indented "Name: value" header`);
    }
    const values = rules.at(-1).values;
    const key = Object.keys(values).find((k) => k.toLowerCase() === m[1].toLowerCase()) ?? m[1];
    values[key] = values[key] === undefined ? m[2] : `${values[key]}, ${m[2]}`;
  });
  return rules;
}

/** The precompressed copies make site writes beside a file, in the order they are preferred. */
export const encodings = [
  { token: 'br', suffix: '.br' },
  { token: 'gzip', suffix: '.gz' },
];

/** Whether an Accept-Encoding header allows the coding token (by name or "*", q above zero). */
export function accepts(header, token) {
  for (const item of String(header ?? '').split(',')) {
    const [name, ...params] = item.trim().split(';');
    const n = name.trim().toLowerCase();
    if (n !== token && n !== '*') continue;
    const q = params.map((p) => p.trim().split('=')).find(([k]) => k.trim().toLowerCase() === 'q');
    return !q || Number(q[1]) > 0;
  }
  return false;
}

/**
 * Turns a Netlify header path into the regular expression Netlify matches
 * request paths with (the rules of Netlify's own path matcher): a part that
 * is only "*" matches the rest of the path, a "*" inside a part matches any
 * text, ":name" one segment; a trailing slash is optional and case does
 * not matter.
 */
export function pathPattern(forPath) {
  const parts = forPath.split('/').filter(Boolean);
  if (parts.length === 0) return /^\/$/i;
  let re = '^';
  for (const part of parts) {
    if (part.startsWith(':')) {
      re += '/([^/]+)/?';
    } else if (part === '*') {
      re = re === '^' ? '^/?(.*)/?' : `${re.replace(/\/\?$/, '')}(?:|/|/(.*)/?)`;
    } else if (part.includes('*')) {
      re += `/${part.split('*').map(escapeRegExp).join('(.*)')}`;
    } else {
      re += `/${escapeRegExp(part)}/?`;
    }
  }
  return new RegExp(`${re}$`, 'i');
}

function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A header value from netlify.toml as one line (arrays and multi-line strings are joined). */
export function headerValue(v) {
  return Array.isArray(v) ? v.join(', ') : String(v).replace(/\s*\n\s*/g, ' ').trim();
}

/**
 * The headers of every rule whose path matches urlPath. A header that two
 * rules both set is joined with ", " as HTTP does with repeated headers,
 * so an overlap that would stack two policies shows up in the tests.
 */
export function headersFor(rules, urlPath) {
  const out = {};
  for (const rule of rules) {
    if (!rule.pattern.test(urlPath)) continue;
    for (const [k, v] of Object.entries(rule.values)) {
      const key = Object.keys(out).find((h) => h.toLowerCase() === k.toLowerCase()) ?? k;
      out[key] = out[key] === undefined ? headerValue(v) : `${out[key]}, ${headerValue(v)}`;
    }
  }
  return out;
}

async function isFile(p) {
  try {
    return (await stat(p)).isFile();
  } catch {
    return false;
  }
}

/** Finds the file for a URL path the way Netlify does: exact, then /index.html, then .html. */
async function resolveFile(root, urlPath) {
  const rel = path.normalize(decodeURIComponent(urlPath)).replace(/^(\.\.[/\\])+/, '');
  const abs = path.join(root, rel);
  if (!abs.startsWith(root)) return null;
  // Hidden files and the headers file are read, never served.
  if (rel.split(/[/\\]/).some((p) => p.startsWith('.')) || path.relative(root, abs) === headersFile) return null;
  for (const candidate of [abs, path.join(abs, 'index.html'), `${abs.replace(/\/$/, '')}.html`]) {
    if (await isFile(candidate)) return candidate;
  }
  return null;
}

/**
 * Starts the server on 127.0.0.1 (port 0 picks a free one) and resolves to
 * { url, port, root, http (the node:http server), close() }.
 */
export async function startServer({ root, rules, port = 0, host = '127.0.0.1', log = () => {} } = {}) {
  if (!root || !rules) {
    const cfg = loadNetlifyConfig();
    root ??= cfg.publish;
    rules ??= cfg.headers;
  }
  if (!(await isFile(path.join(root, 'index.html')))) {
    throw new Error(`${root}/index.html does not exist: build the site first (make site)`);
  }
  const server = createServer(async (req, res) => {
    const urlPath = new URL(req.url, 'http://localhost').pathname;
    try {
      const file = await resolveFile(root, urlPath);
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405, { Allow: 'GET, HEAD' }).end();
        return;
      }
      if (!file) {
        log(`404 ${urlPath}`);
        res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end(`not found: ${urlPath}\n`);
        return;
      }
      let body = null;
      let encoding = null;
      let varies = false;
      for (const e of encodings) {
        if (!(await isFile(file + e.suffix))) continue;
        varies = true;
        if (accepts(req.headers['accept-encoding'], e.token)) {
          body = await readFile(file + e.suffix);
          encoding = e.token;
          break;
        }
      }
      body ??= await readFile(file);
      const headers = {
        'Content-Type': contentTypes[path.extname(file)] ?? 'application/octet-stream',
        'Content-Length': body.length,
        'Cache-Control': 'public, max-age=0, must-revalidate',
        ...headersFor(rules, urlPath),
        ...(varies ? { Vary: 'Accept-Encoding' } : {}),
        ...(encoding ? { 'Content-Encoding': encoding } : {}),
      };
      res.writeHead(200, headers);
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch (err) {
      res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' }).end(`${err}\n`);
    }
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const actual = server.address().port;
  return {
    url: `http://${host}:${actual}`,
    port: actual,
    root,
    http: server,
    close: () => new Promise((resolve) => {
      server.closeAllConnections?.();
      server.close(() => resolve());
    }),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const portIdx = args.indexOf('--port');
  const port = portIdx >= 0 ? Number(args.splice(portIdx, 2)[1]) : 0;
  const cfg = loadNetlifyConfig();
  const root = args[0] ? path.resolve(args[0]) : cfg.publish;
  const srv = await startServer({ root, rules: cfg.headers, port, log: (m) => console.error(m) });
  console.log(`serving ${root} on ${srv.url}`);
}
