// worker.js runs hello.wasm with Go's wasm_exec.js, as the playground's
// worker runs the engine (streaming compilation of application/wasm).
importScripts("wasm_exec.js");
const go = new self.Go();
WebAssembly.instantiateStreaming(fetch("hello.wasm"), go.importObject).then(({ instance }) => go.run(instance));
