// request.js shows the request as it goes on the wire (the URL-encoded
// Query form) and as code in four languages, each with a copy button.
import { h, replace } from "../dom.js";
import { LANGUAGES, snippet } from "./code.js";
import * as storage from "../storage.js";
import { copyText } from "../copy.js";

/** copyButton copies text() to the clipboard; its label says "Copied" for a moment (see copy.js). */
export function copyButton(testId, what, text, status) {
  return h(
    "button",
    {
      type: "button",
      class: "btn small",
      "data-testid": testId,
      "aria-label": `Copy ${what}`,
      onclick: (e) => copyText(text(), { button: e.currentTarget, what, status, after: e.currentTarget.closest(".pane-head") }),
    },
    "Copy",
  );
}

// Whether "Decoded parameters" is open, kept across recomputes.
const openParams = { value: false };

/** renderWire shows the Query form and its decoded parameters. */
export function renderWire(box, wire, status) {
  const rows = [];
  for (const [k, v] of new URLSearchParams(wire || "")) rows.push(h("tr", {}, h("th", { scope: "row" }, k), h("td", {}, h("code", {}, v))));
  replace(
    box,
    h("div", { class: "pane-head" }, h("span", { class: "muted" }, "POST https://sts.amazonaws.com/ (Content-Type: application/x-www-form-urlencoded)"), copyButton("copy-wire", "the request body", () => wire || "", status)),
    h("pre", { class: "wire", "data-testid": "wire-output", tabindex: "0", role: "region", "aria-label": "Request body" }, wire || "(no request)"),
    rows.length ? h("details", { open: openParams.value, ontoggle: (e) => (openParams.value = e.currentTarget.open) }, h("summary", {}, "Decoded parameters"), h("table", { class: "params" }, h("tbody", {}, rows))) : null,
  );
}

/** CodePanes is the tabbed code view; it remembers the chosen language when it can. */
export class CodePanes {
  constructor(box, status) {
    this.box = box;
    this.status = status;
    this.lang = storage.load("code-lang", "cli");
    if (!LANGUAGES.some((l) => l.id === this.lang)) this.lang = "cli";
    this.request = {};
    this.region = "";
  }

  update(request, region) {
    this.request = request;
    this.region = region;
    this.render();
  }

  render(focus = false) {
    const code = snippet(this.lang, this.request, this.region);
    const tabs = h(
      "div",
      { class: "tabs", role: "tablist", "aria-label": "Language" },
      LANGUAGES.map((l, i) =>
        h(
          "button",
          {
            type: "button",
            role: "tab",
            id: `code-tab-${l.id}`,
            "aria-selected": String(l.id === this.lang),
            "aria-controls": "code-panel",
            tabindex: l.id === this.lang ? "0" : "-1",
            "data-testid": `code-tab-${l.id}`,
            onclick: () => this.choose(l.id),
            onkeydown: (e) => {
              const n = LANGUAGES.length;
              const next = e.key === "ArrowRight" ? (i + 1) % n : e.key === "ArrowLeft" ? (i + n - 1) % n : null;
              if (next === null) return;
              e.preventDefault();
              this.choose(LANGUAGES[next].id, true);
            },
          },
          l.label,
        ),
      ),
    );
    replace(
      this.box,
      h("div", { class: "pane-head" }, tabs, copyButton("copy-code", "the code", () => snippet(this.lang, this.request, this.region), this.status)),
      h("pre", { id: "code-panel", role: "tabpanel", "aria-labelledby": `code-tab-${this.lang}`, class: "code", "data-testid": "code-output", "data-lang": this.lang, tabindex: "0" }, code),
    );
    if (focus) this.box.querySelector(`#code-tab-${this.lang}`)?.focus();
  }

  choose(lang, focus = false) {
    this.lang = lang;
    storage.save("code-lang", lang);
    this.render(focus);
  }
}
