// catalog-wasm.mjs measures the AWS action catalog in the browser build of
// the engine, under Node: the catalog file's size (raw, gzip, brotli), the
// time to load it into stsplay.catalog, and the full-catalog summary of the
// preset that does the most work (root-caller-capped) and of the first
// preset. A measurement, not a test: `make bench` prints it.
//
//   GO_WASM_DIR=$(go env GOROOT)/lib/wasm node e2e/bench/catalog-wasm.mjs site/dist/engine/stsplay.wasm
import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { gzipSync, brotliCompressSync, constants } from "node:zlib";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const wasm = path.resolve(process.argv[2] || path.join(root, "site", "dist", "engine", "stsplay.wasm"));
const goWasm = process.env.GO_WASM_DIR;
if (!goWasm) throw new Error("set GO_WASM_DIR to $(go env GOROOT)/lib/wasm");
await import(pathToFileURL(path.join(goWasm, "wasm_exec.js")).href);
const { load } = await import(pathToFileURL(path.join(root, "site", "src", "engine", "stsplay.mjs")).href);

const catalogText = await readFile(path.join(root, "engine", "catalog", "embedded", "catalog.tsv"));
const kB = (n) => `${(n / 1000).toFixed(1)} kB`;
console.log(
  `catalog asset: ${kB(catalogText.length)} raw, ${kB(gzipSync(catalogText, { level: 9 }).length)} gzip -9, ` +
    `${kB(brotliCompressSync(catalogText, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length)} brotli 11 (goal: at most 250 kB)`,
);

const engine = await load({ wasm: new Uint8Array(await readFile(wasm)) });
const api = globalThis.stsplay.catalog;
// Wall time and this process's CPU time: on a shared machine the CPU time
// is the steadier of the two.
const cpuMs = (since) => {
  const u = process.cpuUsage(since);
  return (u.user + u.system) / 1000;
};
let t = performance.now();
let c = process.cpuUsage();
const info = JSON.parse(api.load(catalogText.toString("utf8")));
console.log(`catalog load in wasm: ${(performance.now() - t).toFixed(1)} ms wall, ${cpuMs(c).toFixed(1)} ms CPU (${info.actions} actions)`);

const presets = JSON.parse(engine.presets());
for (const name of ["root-caller-capped", presets[0].name]) {
  const doc = JSON.stringify(presets.find((p) => p.name === name).scenario);
  api.summary(doc); // warm up
  const times = [];
  const cpu = [];
  for (let i = 0; i < 20; i++) {
    t = performance.now();
    c = process.cpuUsage();
    const out = api.summary(doc);
    cpu.push(cpuMs(c));
    times.push(performance.now() - t);
    if (i === 0 && JSON.parse(out).error) throw new Error(out);
  }
  times.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  console.log(
    `summary of ${name} in wasm (with its JSON): median ${times[10].toFixed(1)} ms wall, ${cpu[10].toFixed(1)} ms CPU; best ${times[0].toFixed(1)} ms wall over 20 (goal: under 50 ms)`,
  );
}
process.exit(0);
