// Measures the playground (a measurement, not a test: it never fails on a
// number). Run it with `make bench-site`, which builds the site first.
//
//   1. the engine's .wasm size: raw, gzip (level 9) and brotli (quality 11);
//   2. the time from navigation to the first rendered result, median of
//      COLD_LOADS cold loads (a new browser context each time: empty HTTP
//      cache, no service worker);
//   3. the recompute time of the largest preset: the engine alone (the
//      .wasm in Node, as the page's worker runs it), and in the page from
//      an edit to the new result on screen (this includes the page's 250 ms
//      typing debounce, reported separately).
import { readdirSync, readFileSync } from 'node:fs';
import { loadavg, cpus } from 'node:os';
import path from 'node:path';
import { gzipSync, brotliCompressSync, constants as zc } from 'node:zlib';
import { pathToFileURL } from 'node:url';
import { chromium } from '@playwright/test';
import { startServer, loadNetlifyConfig } from '../lib/server.mjs';
import { loadPresets, largestPreset } from '../lib/presets.mjs';
import { chromiumArgs, chromiumPath } from '../playwright.config.mjs';

const COLD_LOADS = Number(process.env.COLD_LOADS || 10);
const RECOMPUTES = Number(process.env.RECOMPUTES || 10);
const ENGINE_RUNS = Number(process.env.ENGINE_RUNS || 50);
const DEBOUNCE_MS = 250;

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const ms = (x) => `${x.toFixed(1)} ms`;
const kib = (n) => `${(n / 1024).toFixed(0)} KiB (${n} B)`;

function wasmSizes(publish) {
  const dir = path.join(publish, 'assets');
  const file = readdirSync(dir).find((f) => f.endsWith('.wasm'));
  if (!file) throw new Error(`no .wasm in ${dir}: run make site`);
  const raw = readFileSync(path.join(dir, file));
  return {
    file,
    raw: raw.length,
    gzip: gzipSync(raw, { level: 9 }).length,
    brotli: brotliCompressSync(raw, {
      params: { [zc.BROTLI_PARAM_QUALITY]: 11, [zc.BROTLI_PARAM_SIZE_HINT]: raw.length },
    }).length,
  };
}

/**
 * Records, in the page, when the first result (the outcome of the call) is
 * in the DOM, and the start of the first animation frame after it: the
 * frame that paints it.
 */
function firstResultProbe() {
  const mark = () => {
    if (window.__firstResult === undefined && document.querySelector('[data-testid="response-status"]')) {
      window.__firstResult = performance.now();
      requestAnimationFrame(() => {
        window.__firstFrame = performance.now();
      });
      return true;
    }
    return false;
  };
  new MutationObserver((_, obs) => mark() && obs.disconnect()).observe(document, { childList: true, subtree: true });
}

async function coldLoads(browser, url) {
  const times = [];
  for (let i = 0; i < COLD_LOADS; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.addInitScript(firstResultProbe);
    await page.goto(url);
    await page.waitForFunction(() => window.__firstFrame !== undefined, null, { timeout: 60_000 });
    // performance.now() counts from the navigation's start.
    times.push(await page.evaluate(() => window.__firstFrame));
    await context.close();
  }
  return times;
}

/** In the page: time from an edit of the Name to the new result, with the debounce. */
async function pageRecomputes(browser, url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForSelector('html[data-ready="true"]', { timeout: 60_000 });
  await page.waitForFunction(() => document.querySelector('[data-testid="engine-status"]').textContent === 'Up to date');
  const times = [];
  for (let i = 0; i < RECOMPUTES; i++) {
    const elapsed = await page.evaluate(
      (name) =>
        new Promise((resolve) => {
          const status = document.querySelector('[data-testid="engine-status"]');
          const input = document.querySelector('[data-testid="request-name"]');
          const start = performance.now();
          const obs = new MutationObserver(() => {
            if (status.textContent === 'Up to date') {
              obs.disconnect();
              resolve(performance.now() - start);
            }
          });
          obs.observe(status, { childList: true, characterData: true, subtree: true });
          input.value = name;
          input.dispatchEvent(new Event('input', { bubbles: true }));
        }),
      `Bench-${i}`,
    );
    times.push(elapsed);
  }
  await context.close();
  return times;
}

/** The engine alone: the .wasm loaded in Node with the site's loader, one preset run many times. */
async function engineRuns(publish, preset) {
  const { load } = await import(pathToFileURL(path.join(publish, 'engine', 'stsplay.mjs')).href);
  const engine = await load();
  const doc = JSON.stringify(preset.scenario);
  for (let i = 0; i < 5; i++) engine.run(doc); // warm up
  const times = [];
  for (let i = 0; i < ENGINE_RUNS; i++) {
    const t = performance.now();
    const out = engine.run(doc);
    times.push(performance.now() - t);
    if (i === 0 && !JSON.parse(out).checks) throw new Error('the engine returned no result');
  }
  return times;
}

async function main() {
  const cfg = loadNetlifyConfig();
  const presets = loadPresets();
  const largest = largestPreset(presets);
  const sizes = wasmSizes(cfg.publish);
  const server = await startServer({ root: cfg.publish, rules: cfg.headers });
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  const version = browser.version();
  let loads;
  let recomputes;
  try {
    loads = await coldLoads(browser, `${server.url}/`);
    recomputes = await pageRecomputes(browser, `${server.url}/?preset=${largest.name}`);
  } finally {
    await browser.close();
    await server.close();
  }
  const engine = await engineRuns(cfg.publish, largest);

  const rows = [
    ['wasm raw', kib(sizes.raw)],
    ['wasm gzip -9', kib(sizes.gzip)],
    ['wasm brotli q11', kib(sizes.brotli)],
    [`navigation → first frame with a result (median of ${loads.length} cold loads)`, ms(median(loads))],
    ['  cold loads min / max', `${ms(Math.min(...loads))} / ${ms(Math.max(...loads))}`],
    [`recompute, engine only (${largest.name}, median of ${engine.length})`, ms(median(engine))],
    [`recompute in the page, edit → result (median of ${recomputes.length})`, ms(median(recomputes))],
    ['  of which typing debounce', ms(DEBOUNCE_MS)],
    ['  so worker round trip + render', ms(median(recomputes) - DEBOUNCE_MS)],
  ];
  const width = Math.max(...rows.map((r) => r[0].length));
  console.log(`stsplay site benchmark (${sizes.file}; headless Chromium ${version})`);
  console.log(`${'measure'.padEnd(width)}  value`);
  console.log(`${'-'.repeat(width)}  ${'-'.repeat(24)}`);
  for (const [k, v] of rows) console.log(`${k.padEnd(width)}  ${v}`);
  console.log(`cold loads (ms): ${loads.map((x) => x.toFixed(0)).join(' ')}`);
  console.log(`machine: ${cpus().length} cores, load average ${loadavg().map((x) => x.toFixed(1)).join(' ')} (numbers grow with load)`);
}

main().then(() => process.exit(0), (err) => {
  console.error(`bench-site: ${err.stack || err}`);
  process.exit(1);
});
