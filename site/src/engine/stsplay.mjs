// stsplay.mjs loads the stsplay engine (Go compiled to WebAssembly) in a
// web page, a Web Worker or Node 20, and resolves when it is ready.
//
//   import { load } from "./stsplay.mjs";
//   const engine = await load();                 // stsplay.wasm next to this file
//   const presets = JSON.parse(engine.presets());
//   const doc = JSON.stringify(presets[0].scenario);
//   const result = JSON.parse(engine.run(doc));   // decisions, no explanations
//   const why = JSON.parse(engine.explain(doc, 0)); // {decision, explanation} of check 0
//   const full = JSON.parse(engine.run(doc, { explain: "all" }));
//
// It needs wasm_exec.js (from $(go env GOROOT)/lib/wasm of the Go that
// built the .wasm) next to it, unless globalThis.Go is already defined.
// Strings go in and strings come out; see wasm/browser for the contract.

const isNode = typeof process !== "undefined" && Boolean(process.versions && process.versions.node);

/**
 * Loads the engine once per realm (the Go runtime sets one global
 * object, so a second call returns the engine already loaded).
 * @param {{wasm?: string|URL|ArrayBuffer|Uint8Array}} [options] where the
 *   .wasm file is, or its bytes; defaults to ./stsplay.wasm beside this module.
 * @returns {Promise<{version: string,
 *   run(doc: string, options?: {explain?: "all"|number[], authorization?: boolean}): string,
 *   explain(doc: string, check: number): string,
 *   validate(text: string, kind: string): string, presets(): string,
 *   decode(doc: string): string}>}
 */
export async function load(options = {}) {
  if (loading) return loading;
  loading = start(options).catch((err) => {
    loading = null;
    throw err;
  });
  return loading;
}

let loading = null;

async function start(options) {
  if (!globalThis.Go) await import("./wasm_exec.js");
  const go = new globalThis.Go();
  const ready = new Promise((resolve) => {
    globalThis.__stsplayReady = resolve;
  });
  const instance = await instantiate(options.wasm ?? new URL("./stsplay.wasm", import.meta.url), go.importObject);
  const exited = go.run(instance).then(() => {
    throw new Error("stsplay: the engine exited before it was ready");
  });
  await Promise.race([ready, exited]);
  delete globalThis.__stsplayReady;
  const api = globalThis.stsplay;
  return {
    version: api.version,
    run: (doc, options) => api.run(String(doc), options ? JSON.stringify(options) : ""),
    explain: (doc, check) => api.explain(String(doc), Number(check)),
    validate: (text, kind) => api.validate(String(text), String(kind)),
    presets: () => api.presets(),
    decode: (doc) => api.decode(String(doc)),
  };
}

async function instantiate(source, importObject) {
  if (source instanceof ArrayBuffer || ArrayBuffer.isView(source)) {
    return (await WebAssembly.instantiate(source, importObject)).instance;
  }
  const url = source instanceof URL ? source : new URL(String(source), import.meta.url);
  if (isNode && url.protocol === "file:") {
    const { readFile } = await import("node:fs/promises");
    return (await WebAssembly.instantiate(await readFile(url), importObject)).instance;
  }
  const response = await fetch(url);
  if (!response.ok) throw new Error(`stsplay: cannot load ${url}: HTTP ${response.status}`);
  if (WebAssembly.instantiateStreaming && response.headers.get("content-type") === "application/wasm") {
    return (await WebAssembly.instantiateStreaming(response, importObject)).instance;
  }
  return (await WebAssembly.instantiate(await response.arrayBuffer(), importObject)).instance;
}
