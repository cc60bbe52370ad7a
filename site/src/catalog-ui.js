// catalog-ui.js puts the AWS action catalog's features on the page: the
// catalog findings in the editors' lint marks, the "What may this session
// do?" summary pane (with a check added by clicking an entry and a diff
// against a pinned draft), and "what would allow this?" under the
// explanation of a denied check, whose suggestions are applied with one
// click and undone with another.
import { h } from "./dom.js";
import { EngineClient } from "./engine/client.js";
import { CatalogFeatures } from "./catalog.js";
import { renderSummary } from "./render/summary.js";
import { renderSuggestions } from "./render/suggest.js";
import { catalogExtensions } from "./catalog-editor.js";
import { editorExtensions } from "./editor-extensions.js";

/** applyEdit applies one engine edit (advise.Edit) to a form model. */
export function applyEdit(model, e) {
  let m;
  if (e.source === "request.Policy") {
    model.request.policyOn = true;
    model.request.Policy = e.after;
  } else if (e.source === "caller.permissionsBoundary") {
    model.caller.boundaryOn = true;
    model.caller.boundary = e.after;
  } else if ((m = /^caller\.policies\[(\d+)\]$/.exec(e.source))) {
    model.caller.policies[Number(m[1])] = e.after;
  } else if ((m = /^resourcePolicies\[(\d+)\](?:\.policy)?$/.exec(e.source))) {
    const i = Number(m[1]);
    if (e.op === "addResourcePolicy" || i >= model.resources.length) {
      model.resources.push({ name: e.attachedTo, attachedTo: e.attachedTo, account: "", policy: e.after });
    } else {
      model.resources[i].policy = e.after;
    }
  } else {
    throw new Error(`cannot apply an edit to ${e.source}`);
  }
}

// How long one catalog call may take (the first one fetches and parses the
// catalog) before its worker is restarted.
const CATALOG_TIMEOUT_MS = 20000;

export class CatalogUI {
  /**
   * The catalog's calls run in an engine worker of their own, started after
   * the first result, so that loading the catalog or summarising a session
   * never delays the recompute of an edit.
   * onChange asks for a recompute (after an edit); onReady is called once
   * the catalog is loaded, to add its findings to the result on screen.
   * @param {{workerURL: URL, form: object, onChange: () => void, onReady: () => void, onCheckAdded: (i: number) => void, live: HTMLElement}} o
   */
  constructor({ workerURL, form, onChange, onReady, onCheckAdded, live }) {
    this.client = new EngineClient({ workerURL, timeoutMs: CATALOG_TIMEOUT_MS });
    this.features = new CatalogFeatures(this.client);
    editorExtensions.push(...catalogExtensions(this.features));
    this.form = form;
    this.onChange = onChange;
    this.onReady = onReady;
    this.onCheckAdded = onCheckAdded;
    this.live = live;
    this.generation = 0;
    this.pinned = null;
    this.last = null;
    this.undo = null;
  }

  /** mount adds the summary pane after the checks and the suggestions box under the explanation. */
  mount(checksList, explanation) {
    this.summaryEl = h("div", { id: "summary", class: "summary", "data-testid": "summary" }, h("p", { class: "muted" }, "The summary appears once the AWS action catalog is loaded."));
    const card = h("section", { class: "card", "data-pane": "checks", "aria-labelledby": "h-summary" }, h("h2", { id: "h-summary" }, "What may this session do?"), this.summaryEl);
    checksList.closest("section").after(card);
    this.suggestEl = h("div", { id: "suggestions", class: "suggestions-box", "data-testid": "suggestions", hidden: true });
    explanation.after(this.suggestEl);
  }

  /** start fetches the catalog (once, after the first result) and recomputes when it is there; nothing happens unless mounted. */
  start() {
    if (!this.summaryEl) return;
    this.client
      .start()
      .then(() => this.features.start(), (err) => ((this.features.error = err.message), null))
      .then((info) => {
        if (info) this.onReady();
        else if (this.summaryEl) this.summaryEl.textContent = `The AWS action catalog could not be loaded (${this.features.error}); lint and the summary need it.`;
      });
  }

  /** lint resolves with the catalog diagnostics of the document. */
  lint(docText) {
    return this.features.lintScenario(docText).catch(() => []);
  }

  /** refresh redraws the summary and the selected check's suggestions for a new result. */
  async refresh(docText, result, checkIndex) {
    if (!this.summaryEl) return;
    const gen = ++this.generation;
    this.docText = docText;
    this.showSuggestions(docText, result, checkIndex, gen);
    if (!this.features.ready) return;
    let summary;
    try {
      summary = await this.features.summary(docText);
    } catch (err) {
      summary = { error: err.message };
    }
    if (gen !== this.generation) return;
    this.last = summary;
    this.drawSummary();
  }

  drawSummary() {
    renderSummary(this.summaryEl, this.last, {
      pinned: this.pinned,
      onPin: () => ((this.pinned = this.last), this.drawSummary()),
      onUnpin: () => ((this.pinned = null), this.drawSummary()),
      onAddCheck: (action, resource) => this.addCheck(action, resource),
    });
  }

  addCheck(action, resource) {
    const checks = this.form.model.checks;
    checks.push({ action, resource, context: [], expect: "" });
    this.form.render();
    this.onCheckAdded(checks.length - 1);
    this.live.textContent = `Added check ${checks.length}: ${action} on ${resource}.`;
    this.onChange();
  }

  /** selectCheck shows the suggestions of another check of the same result. */
  selectCheck(result, checkIndex) {
    if (this.summaryEl && this.docText) this.showSuggestions(this.docText, result, checkIndex, this.generation);
  }

  async showSuggestions(docText, result, checkIndex, gen) {
    const check = result?.checks?.[checkIndex];
    const opts = { onApply: (s) => this.apply(s), onUndo: this.undo ? () => this.revert() : null, applied: this.undo?.text || "" };
    if (!check || check.decision === "allowed" || !this.features.ready) {
      renderSuggestions(this.suggestEl, null, opts);
      return;
    }
    let advice;
    try {
      advice = await this.features.suggest(docText, checkIndex);
    } catch {
      advice = null;
    }
    if (gen !== this.generation) return;
    renderSuggestions(this.suggestEl, advice, opts);
  }

  apply(s) {
    const before = structuredClone(this.form.model);
    try {
      for (const e of s.edits) applyEdit(this.form.model, e);
    } catch (err) {
      this.form.model = before;
      this.live.textContent = err.message;
      return;
    }
    this.undo = { model: before, text: s.text };
    this.form.render();
    this.live.textContent = `Applied: ${s.text}`;
    this.onChange();
  }

  revert() {
    if (!this.undo) return;
    const { model } = this.undo;
    this.undo = null;
    this.form.model = model;
    this.form.render();
    this.live.textContent = "Undone.";
    this.onChange();
  }
}
