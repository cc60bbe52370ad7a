// catalog.js gives the page the features of the AWS action catalog: lint
// findings for every editor, the effective-permissions summary, "what
// would allow this?" suggestions, hover expansion and autocomplete. The
// catalog is its own asset, fetched by the engine worker after the first
// result (start), so the first result never waits for it.

/* global __CATALOG_FILE__ */
const CATALOG_URL = new URL(__CATALOG_FILE__, import.meta.url).href;

export class CatalogFeatures {
  /** @param {import("./engine/client.js").EngineClient} client */
  constructor(client) {
    this.client = client;
    this.info = null;
    this.error = "";
    this.loading = null;
  }

  /** ready is true once the catalog is loaded in the worker. */
  get ready() {
    return Boolean(this.info);
  }

  /** start fetches and loads the catalog once; it resolves with {source, version, actions} or null. */
  start() {
    if (!this.loading) {
      this.loading = this.call("catalog.load").then(
        (info) => {
          if (info.error) {
            this.error = info.error;
            this.loading = null;
            return null;
          }
          this.info = info;
          return info;
        },
        (err) => {
          this.error = err.message;
          this.loading = null;
          return null;
        },
      );
    }
    return this.loading;
  }

  async call(op, ...args) {
    return JSON.parse(await this.client.call(op, [CATALOG_URL, ...args]));
  }

  /** lintScenario resolves with the catalog diagnostics of every policy of a document (JSON text), [] before the catalog is loaded. */
  async lintScenario(docText) {
    if (!this.ready) return [];
    const out = await this.call("catalog.lintScenario", docText);
    return Array.isArray(out) ? out : [];
  }

  summary(docText) {
    return this.call("catalog.summary", docText);
  }

  suggest(docText, index) {
    return this.call("catalog.suggest", docText, String(index));
  }

  expand(pattern) {
    return this.call("catalog.expand", pattern);
  }

  async complete(what, prefix, actions) {
    if (!this.ready) return [];
    const out = await this.call("catalog.complete", what, prefix, JSON.stringify(actions));
    return Array.isArray(out) ? out : [];
  }
}
