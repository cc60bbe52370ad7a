// boot.js starts the engine worker as soon as the page's HTML is parsed,
// before the page's main bundle (the editors) has been fetched and run, so
// that the worker fetches and compiles the WebAssembly meanwhile. The
// worker's messages are kept until EngineClient.start (client.js) takes the
// worker over. The page loads it as a module script before main.js.
/* global __WORKER_FILE__ */
const early = [];
let failed = null;
const worker = new Worker(new URL(__WORKER_FILE__, import.meta.url), { type: "module" });
const keep = (event) => early.push(event.data);
const fail = (event) => {
  failed = event;
};
worker.addEventListener("message", keep);
worker.addEventListener("error", fail);

globalThis.__stsplayBoot = {
  /** take hands the worker over once: the messages so far, and the error if it failed. */
  take() {
    delete globalThis.__stsplayBoot;
    worker.removeEventListener("message", keep);
    worker.removeEventListener("error", fail);
    return { worker, early, failed };
  },
};
