// json-pane.js is the "Scenario JSON" pane: the exact document the engine
// runs (the CLI reads the same file), with line numbers, copy, download as
// scenario.json, and import by paste or file. Problems in the document are
// marked on their line; goTo moves there. The import box checks the text
// with the engine's own decoder before anything is replaced.
import { h, replace } from "../dom.js";
import { copyText } from "../copy.js";

/** The largest file the import reads, in bytes (the engine's limit, 1 MiB). */
export const MAX_IMPORT = 1 << 20;

export class JsonPane {
  /**
   * @param {HTMLElement} box
   * @param {{status: HTMLElement, decode: (text: string) => Promise<Array>, onImport: (text: string) => void}} o
   */
  constructor(box, { status, decode, onImport }) {
    this.box = box;
    this.status = status;
    this.decode = decode;
    this.onImport = onImport;
    this.text = "";
    this.errorLines = new Map();
    this.checkTimer = 0;
    this.build();
  }

  build() {
    this.pre = h("pre", { class: "json-doc", "data-testid": "json-output", tabindex: "0", role: "region", "aria-label": "Scenario JSON document" });
    this.importText = h("textarea", { id: "json-import-text", class: "json-import-text", rows: "8", spellcheck: "false", "data-testid": "json-import-text", "aria-describedby": "json-import-hint", oninput: () => this.scheduleCheck() });
    this.importFile = h("input", { id: "json-import-file", type: "file", accept: ".json,application/json", "data-testid": "json-import-file", onchange: () => this.readFile() });
    this.importErrors = h("div", { class: "json-import-errors", "data-testid": "json-import-errors", role: "status" });
    this.importButton = h("button", { type: "button", class: "btn", "data-testid": "json-import", onclick: () => this.doImport() }, "Import this document");
    replace(
      this.box,
      h(
        "p",
        { class: "run-local" },
        "Run it locally: ",
        h("code", { "data-testid": "run-local" }, "stsplay run scenario.json"),
        h("span", { class: "muted" }, " (the CLI gives the same result, byte for byte)"),
      ),
      h(
        "div",
        { class: "pane-head" },
        h("span", { class: "muted", "data-testid": "json-size" }),
        h(
          "span",
          { class: "pane-buttons" },
          h("button", { type: "button", class: "btn small", "data-testid": "copy-json", "aria-label": "Copy the scenario JSON", onclick: (e) => copyText(this.text, { button: e.currentTarget, what: "the scenario JSON", status: this.status, after: e.currentTarget.closest(".pane-head") }) }, "Copy"),
          h("button", { type: "button", class: "btn small", "data-testid": "download-json", onclick: () => this.download() }, "Download scenario.json"),
        ),
      ),
      this.pre,
      h(
        "details",
        { class: "json-import", "data-testid": "json-import-box" },
        h("summary", {}, "Import a scenario document"),
        h("label", { for: "json-import-text" }, "Paste a scenario document"),
        h("small", { id: "json-import-hint", class: "hint" }, "It replaces the scenario on screen (Undo brings the old one back). Unknown fields are kept and shown under More fields."),
        this.importText,
        h("div", { class: "field" }, h("label", { for: "json-import-file" }, "…or open a file"), this.importFile),
        this.importErrors,
        this.importButton,
      ),
    );
  }

  /** show displays the document text; diagnostics of source "scenario" mark their lines. */
  show(text, diagnostics = []) {
    this.text = text;
    this.errorLines = new Map();
    for (const d of diagnostics) {
      if (d.source === "scenario" && d.line > 0 && !this.errorLines.has(d.line)) this.errorLines.set(d.line, d.message);
    }
    const lines = text.split("\n");
    replace(
      this.pre,
      lines.map((line, i) => {
        const n = i + 1;
        const msg = this.errorLines.get(n);
        return h("span", { class: msg ? "jl err" : "jl", "data-line": String(n), id: `json-line-${n}`, title: msg || null }, line, i < lines.length - 1 ? "\n" : "");
      }),
    );
    const size = new TextEncoder().encode(text).length;
    this.box.querySelector('[data-testid="json-size"]').textContent = `${lines.length} lines, ${size} bytes${this.errorLines.size ? ` · ${this.errorLines.size} line(s) with errors, marked ⚠` : ""}`;
  }

  /** goTo scrolls to a line of the document, marks it and focuses the pane. */
  goTo(line) {
    for (const el of this.pre.querySelectorAll(".jl.here")) el.classList.remove("here");
    const el = this.pre.querySelector(`#json-line-${line}`);
    if (!el) return false;
    el.classList.add("here");
    this.pre.focus({ preventScroll: true });
    el.scrollIntoView({ block: "center" });
    return true;
  }

  download() {
    const url = URL.createObjectURL(new Blob([this.text], { type: "application/json" }));
    const a = h("a", { href: url, download: "scenario.json", hidden: true });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    this.status.textContent = "Downloaded scenario.json.";
  }

  async readFile() {
    const file = this.importFile.files?.[0];
    if (!file) return;
    if (file.size > MAX_IMPORT) {
      replace(this.importErrors, h("p", { class: "field-error" }, `✕ ${file.name} is ${file.size} bytes; the largest scenario is ${MAX_IMPORT} bytes (1 MiB).`));
      return;
    }
    this.importText.value = await file.text();
    if (await this.check()) this.doImport();
  }

  scheduleCheck() {
    clearTimeout(this.checkTimer);
    this.checkTimer = setTimeout(() => this.check(), 300);
  }

  /**
   * check runs the engine's decoder on the import box and lists what it
   * finds, each with a button that selects the place in the box. It
   * resolves with whether the text is a JSON object the page can show.
   */
  async check() {
    clearTimeout(this.checkTimer);
    const text = this.importText.value;
    if (!text.trim()) {
      replace(this.importErrors);
      return false;
    }
    let errors = [];
    try {
      errors = await this.decode(text);
    } catch (err) {
      errors = [{ message: `The engine could not check this document (${err.message}).`, line: 0 }];
    }
    const parsed = parseObject(text);
    replace(
      this.importErrors,
      errors.length
        ? [
            h("p", { class: "field-error" }, `✕ The engine finds ${errors.length} problem${errors.length === 1 ? "" : "s"} in this document${parsed ? "; it can still be imported to fix them" : "; it cannot be imported until it is a JSON object"}:`),
            h(
              "ul",
              { class: "error-details" },
              errors.slice(0, 20).map((e) =>
                h(
                  "li",
                  {},
                  h("button", { type: "button", class: "linkish", onclick: () => this.select(e.offset ?? 0) }, h("span", { class: "where" }, `${e.path || "document"}${e.line ? `, line ${e.line}, column ${e.column}` : ""}`), ": ", e.message),
                ),
              ),
            ),
          ]
        : h("p", { class: "ok-note" }, "✓ The engine reads this document without problems."),
    );
    this.importButton.disabled = !parsed;
    return Boolean(parsed);
  }

  /** select puts the cursor of the import box at a byte offset of its text. */
  select(offset) {
    const bytes = new TextEncoder().encode(this.importText.value).slice(0, offset);
    const at = new TextDecoder().decode(bytes).length;
    this.importText.focus();
    this.importText.setSelectionRange(at, at + 1);
  }

  async doImport() {
    const text = this.importText.value;
    if (!parseObject(text)) {
      await this.check();
      return;
    }
    this.onImport(text);
    this.importText.value = "";
    replace(this.importErrors);
    this.importFile.value = "";
  }
}

/** parseObject returns the JSON object text holds, or null. */
export function parseObject(text) {
  try {
    const v = JSON.parse(text);
    return v && typeof v === "object" && !Array.isArray(v) ? v : null;
  } catch {
    return null;
  }
}
