// client.js talks to the engine worker from the page. Each call has a time
// limit: when the engine takes longer, the worker is terminated and a new
// one is started, and the call fails with a TimeoutError. The page keeps
// the user's text; only the result is lost.

/** TimeoutError is the error of a call that ran out of time. */
export class TimeoutError extends Error {
  constructor(ms) {
    super(`The engine took longer than ${ms / 1000} s on this scenario, so it was stopped and restarted.`);
    this.name = "TimeoutError";
  }
}

export class EngineClient {
  /**
   * @param {{workerURL: string|URL, timeoutMs?: number}} options
   */
  constructor({ workerURL, timeoutMs = 3000 }) {
    this.workerURL = workerURL;
    this.timeoutMs = timeoutMs;
    this.nextId = 1;
    this.pending = new Map();
    this.worker = null;
    this.ready = null;
    this.restarts = 0;
  }

  /**
   * start starts the worker, or takes over the one boot.js started early
   * (the first time only); the promise resolves with {version, presets}.
   */
  start() {
    const booted = this.restarts === 0 && globalThis.__stsplayBoot ? globalThis.__stsplayBoot.take() : null;
    this.worker = booted ? booted.worker : new Worker(this.workerURL, { type: "module" });
    this.ready = new Promise((resolve, reject) => {
      const worker = this.worker;
      const onMessage = (msg) => {
        if (msg.op === "ready") resolve({ version: msg.version, presets: msg.presets });
        else if (msg.op === "failed") reject(new Error(msg.message));
        else this.settle(msg);
      };
      const onError = (event) => reject(new Error(event.message || "The engine worker could not start."));
      worker.addEventListener("message", (event) => onMessage(event.data));
      worker.addEventListener("error", onError);
      if (booted) {
        for (const msg of booted.early) onMessage(msg);
        if (booted.failed) onError(booted.failed);
      }
    });
    return this.ready;
  }

  settle(msg) {
    const call = this.pending.get(msg.id);
    if (!call) return;
    this.pending.delete(msg.id);
    clearTimeout(call.timer);
    if (msg.ok) call.resolve(msg.value);
    else call.reject(new Error(msg.message));
    if (msg.fatal) this.restart();
  }

  restart() {
    for (const other of this.pending.values()) {
      clearTimeout(other.timer);
      other.reject(new Error("The engine was restarted."));
    }
    this.pending.clear();
    this.worker.terminate();
    this.restarts++;
    this.start().catch(() => {});
  }

  /**
   * run runs one scenario document (a JSON string) and resolves with the
   * result JSON string; options ({explain: [i] | "all", authorization})
   * choose the explanations it carries (none by default).
   */
  run(doc, options) {
    return this.call("run", [doc, options]);
  }

  /** explain resolves with the {decision, explanation} JSON of check i of a document. */
  explain(doc, i) {
    return this.call("explain", [doc, i]);
  }

  /** validate resolves with the diagnostics JSON array of one policy text. */
  validate(text, kind) {
    return this.call("validate", [text, kind]);
  }

  /** decode resolves with the engine decoder's {"errors": […]} JSON for one scenario document. */
  decode(doc) {
    return this.call("decode", [doc]);
  }

  async call(op, args) {
    await this.ready;
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => this.timeOut(id), this.timeoutMs);
      this.pending.set(id, { resolve, reject, timer });
      this.worker.postMessage({ id, op, args });
    });
  }

  timeOut(id) {
    const call = this.pending.get(id);
    if (!call) return;
    // Every call in flight dies with the worker.
    this.pending.delete(id);
    clearTimeout(call.timer);
    call.reject(new TimeoutError(this.timeoutMs));
    this.restart();
  }
}
