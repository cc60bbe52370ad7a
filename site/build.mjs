// build.mjs builds the static site into dist/: the page and embed page,
// hashed JavaScript, CSS and WebAssembly under assets/ (long cache), the
// service worker, the rule book page rules.html ("How AWS decides", from
// engine/RULES.md), and dist/engine/ with the loader, wasm_exec.js and
// stsplay.wasm for people who embed the engine in their own pages and
// tests. Every text and .wasm file gets a .br and a .gz copy beside it
// (compress.mjs). The .wasm must already be at dist/engine/stsplay.wasm
// (make wasm).
import * as esbuild from "esbuild";
import { createHash } from "node:crypto";
import { execFileSync } from "node:child_process";
import { copyFile, mkdir, readdir, readFile, rm, writeFile, stat } from "node:fs/promises";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { fileURLToPath } from "node:url";
import { compressDir } from "./compress.mjs";
import { loadPresets } from "./presets.mjs";
import { rulesPage } from "./rulebook/page.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
const src = path.join(here, "src");
const dist = path.join(here, "dist");
const assets = path.join(dist, "assets");
const engineDir = path.join(dist, "engine");
const wasm = path.join(engineDir, "stsplay.wasm");

function goWasmDir() {
  if (process.env.GO_WASM_DIR) return process.env.GO_WASM_DIR;
  const root = execFileSync(process.env.GO || "go", ["env", "GOROOT"], { encoding: "utf8" }).trim();
  return path.join(root, "lib", "wasm");
}

/** The names of the files under dir (recursively, relative to it), sorted. */
async function listFiles(dir, prefix = "") {
  const out = [];
  for (const e of await readdir(dir, { withFileTypes: true })) {
    if (e.isDirectory()) out.push(...(await listFiles(path.join(dir, e.name), `${prefix}${e.name}/`)));
    else out.push(`${prefix}${e.name}`);
  }
  return out.sort();
}

const hash = (bytes) => createHash("sha256").update(bytes).digest("hex").slice(0, 10);

async function main() {
  try {
    await stat(wasm);
  } catch {
    throw new Error(`${path.relative(process.cwd(), wasm)} is missing: run "make wasm" first`);
  }
  const wasmExec = path.join(goWasmDir(), "wasm_exec.js");
  await rm(assets, { recursive: true, force: true });
  await mkdir(assets, { recursive: true });

  // The engine for embedders: loader, Go's wasm_exec.js and the .wasm.
  await copyFile(path.join(src, "engine", "stsplay.mjs"), path.join(engineDir, "stsplay.mjs"));
  await copyFile(wasmExec, path.join(engineDir, "wasm_exec.js"));
  await writeFile(path.join(engineDir, "package.json"), JSON.stringify({ type: "module" }, null, 2) + "\n");

  const wasmBytes = await readFile(wasm);
  const wasmFile = `stsplay-${hash(wasmBytes)}.wasm`;
  await writeFile(path.join(assets, wasmFile), wasmBytes);

  // The AWS action catalog: fetched by the page after its first result, as
  // its own hashed, gzip-compressed asset (the worker decompresses it).
  const catalogBytes = gzipSync(await readFile(path.join(here, "..", "engine", "catalog", "embedded", "catalog.tsv")), { level: 9 });
  const catalogFile = `catalog-${hash(catalogBytes)}.tsv.gz`;
  await writeFile(path.join(assets, catalogFile), catalogBytes);

  const wasmExecPlugin = {
    name: "wasm-exec",
    setup(build) {
      build.onResolve({ filter: /(^|\/)wasm_exec\.js$/ }, () => ({ path: wasmExec }));
    },
  };
  const common = { bundle: true, format: "esm", minify: true, sourcemap: true, target: ["es2022"], logLevel: "warning", metafile: true, legalComments: "eof" };
  const outputName = (result, entry) =>
    path.basename(Object.entries(result.metafile.outputs).find(([, o]) => o.entryPoint && o.entryPoint.endsWith(entry))[0]);

  const worker = await esbuild.build({
    ...common,
    entryPoints: [path.join(src, "engine", "worker.js")],
    outdir: assets,
    entryNames: "[name]-[hash]",
    external: ["node:*"],
    plugins: [wasmExecPlugin],
    define: { __WASM_FILE__: JSON.stringify(`./${wasmFile}`), __PRESETS__: JSON.stringify(JSON.stringify(await loadPresets())) },
    banner: { js: "/*! Includes wasm_exec.js from the Go distribution: Copyright 2018 The Go Authors. All rights reserved. Use of this source code is governed by a BSD-style license (go.dev/LICENSE). */" },
  });
  const workerFile = outputName(worker, "worker.js");

  const page = await esbuild.build({
    ...common,
    entryPoints: [path.join(src, "main.js"), path.join(src, "engine", "boot.js"), path.join(src, "rules.js"), path.join(src, "styles.css")],
    outdir: assets,
    entryNames: "[name]-[hash]",
    define: { __WORKER_FILE__: JSON.stringify(`./${workerFile}`), __CATALOG_FILE__: JSON.stringify(`./${catalogFile}`) },
  });
  const mainFile = outputName(page, "main.js");
  const bootFile = outputName(page, "boot.js");
  const cssFile = outputName(page, "styles.css");
  const rulesFile = outputName(page, "rules.js");

  const template = await readFile(path.join(src, "index.html"), "utf8");
  const html = (embed) =>
    template
      .replace("%EMBED%", embed ? ' data-embed="1"' : "")
      .replace("%CSS%", `assets/${cssFile}`)
      // boot.js runs first (module scripts run in order) and starts the engine worker.
      .replace(/(<script type="module" src=")%JS%("><\/script>)/, `$1assets/${bootFile}$2\n$1assets/${mainFile}$2`)
      .replace("%JS%", `assets/${mainFile}`);
  await writeFile(path.join(dist, "index.html"), html(false));
  await writeFile(path.join(dist, "embed.html"), html(true));
  await copyFile(path.join(src, "favicon.svg"), path.join(dist, "favicon.svg"));
  // The headers of every path, for Netlify, make serve and the tests' server.
  await copyFile(path.join(here, "_headers"), path.join(dist, "_headers"));
  const rules = rulesPage(await readFile(path.join(here, "..", "engine", "RULES.md"), "utf8"), `assets/${cssFile}`, `assets/${rulesFile}`);
  await writeFile(path.join(dist, "rules.html"), rules);

  // Every page and asset the site can load, so that it works offline: not
  // the engine copy for embedders, the source maps or the compressed copies.
  const precache = ["index.html", "embed.html", "rules.html", "favicon.svg", ...(await listFiles(assets)).filter((f) => !f.endsWith(".map")).map((f) => `assets/${f}`)];
  await esbuild.build({
    ...common,
    sourcemap: false,
    metafile: false,
    entryPoints: [path.join(src, "sw.js")],
    outfile: path.join(dist, "sw.js"),
    define: { __PRECACHE__: JSON.stringify(precache), __CACHE_NAME__: JSON.stringify(`stsplay-${hash(precache.join("\n") + "\n" + hash(rules))}`) },
  });
  const sizes = await compressDir(dist);
  const total = (k) => sizes.reduce((n, r) => n + (r[k] ?? r.raw), 0);
  console.log(`site: ${sizes.length} files compressed beside themselves (.br ${total("br")} B, .gz ${total("gzip")} B, raw ${total("raw")} B)`);
  console.log(`site: built ${path.relative(process.cwd(), dist)} (${mainFile}, ${workerFile}, ${wasmFile})`);
}

main().catch((err) => {
  console.error(`site: ${err.message}`);
  process.exit(1);
});
