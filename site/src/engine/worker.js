// worker.js runs the engine off the main thread, so that a slow scenario
// never freezes typing. Messages in: {id, op: "run"|"explain"|"validate"|"decode"|catalog ops, args}.
// Messages out: {op: "ready", version, presets} or {op: "failed", message}
// once, then {id, ok, value | message} per request.
import { load } from "./stsplay.mjs";
import { isCatalogOp, catalogOp } from "./catalog-ops.js";

/* global __WASM_FILE__ */
const engineReady = load({ wasm: new URL(__WASM_FILE__, import.meta.url) });

/* global __PRESETS__ */
// The presets are static JSON from the build (site/presets.mjs), the same
// as engine.presets(), so nothing is marshalled at start-up.
const presets = typeof __PRESETS__ === "string" ? __PRESETS__ : null;

engineReady.then(
  (engine) => {
    self.postMessage({ op: "ready", version: engine.version, presets: presets ?? engine.presets() });
    // Warm the engine up while the page builds its form: the first run
    // of a fresh module pays for compiling its code, and the page's first
    // request waits behind this one in the worker's queue either way.
    const first = presets ? JSON.parse(presets)[0] : null;
    if (first) engine.run(JSON.stringify(first.scenario), { explain: [0], authorization: true });
  },
  (err) => {
    self.postMessage({ op: "failed", message: String(err && err.message ? err.message : err) });
  },
);

self.addEventListener("message", async (event) => {
  const { id, op, args } = event.data || {};
  try {
    const engine = await engineReady;
    let value;
    if (op === "run") value = engine.run(args[0], args[1]);
    else if (op === "explain") value = engine.explain(args[0], args[1]);
    else if (op === "validate") value = engine.validate(args[0], args[1]);
    else if (op === "decode") value = engine.decode(args[0]);
    else if (isCatalogOp(op)) value = await catalogOp(op, args);
    else throw new Error(`unknown operation ${op}`);
    self.postMessage({ id, ok: true, value });
  } catch (err) {
    const message = String(err && err.message ? err.message : err);
    // The bridge never throws (it returns an error result instead), so a
    // throw means the Go runtime itself broke (stack overflow, out of
    // memory, exited): the page then starts a new worker.
    self.postMessage({ id, ok: false, message, fatal: true });
  }
});
