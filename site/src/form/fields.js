// fields.js makes labelled form controls. Every control has a <label>, a
// stable id and a data-testid (the same word), so that people, screen
// readers and the browser tests find it the same way.
import { h } from "../dom.js";

/** input is a labelled text (or other) input bound to get/set. */
export function input({ testId, label, value, onInput, type = "text", placeholder, hint, attrs = {} }) {
  const id = `f-${testId}`;
  return h(
    "div",
    { class: "field" },
    h("label", { for: id }, label),
    h("input", {
      id,
      type,
      value: value ?? "",
      placeholder,
      "data-testid": testId,
      "aria-describedby": hint ? `${id}-hint` : null,
      autocomplete: "off",
      spellcheck: "false",
      oninput: (e) => onInput(e.target.value),
      ...attrs,
    }),
    hint ? h("small", { id: `${id}-hint`, class: "hint" }, hint) : null,
  );
}

/** select is a labelled select; options are [value, text] pairs. */
export function select({ testId, label, value, options, onChange }) {
  const id = `f-${testId}`;
  return h(
    "div",
    { class: "field" },
    h("label", { for: id }, label),
    h(
      "select",
      { id, "data-testid": testId, onchange: (e) => onChange(e.target.value) },
      options.map(([v, text]) => h("option", { value: v, selected: v === value }, text)),
    ),
  );
}

/** checkbox is a labelled checkbox. */
export function checkbox({ testId, label, checked, onChange }) {
  const id = `f-${testId}`;
  return h(
    "div",
    { class: "field check" },
    h("input", { id, type: "checkbox", checked, "data-testid": testId, onchange: (e) => onChange(e.target.checked) }),
    h("label", { for: id }, label),
  );
}

/** button is a plain button; label is also its accessible name unless ariaLabel is given. */
export function button({ testId, label, onClick, ariaLabel, cls = "" }) {
  return h("button", { type: "button", class: `btn ${cls}`, "data-testid": testId, "aria-label": ariaLabel, onclick: onClick }, label);
}

/**
 * keyValueRows edits a list of {Key, Value} (or {key, value}) pairs.
 * @param {{prefix: string, noun: string, rows: Array, keyName: string, valueName: string, onChange: () => void, rerender: () => void}} o
 */
export function keyValueRows({ prefix, noun, rows, keyName = "Key", valueName = "Value", onChange, rerender, keyLabel = "Key", valueLabel = "Value", extra = null }) {
  return h(
    "div",
    { class: "rows" },
    rows.map((row, i) =>
      h(
        "div",
        { class: "row" },
        input({ testId: `${prefix}-key-${i}`, label: `${noun} ${i + 1} ${keyLabel.toLowerCase()}`, value: row[keyName], onInput: (v) => ((row[keyName] = v), onChange()) }),
        input({ testId: `${prefix}-value-${i}`, label: `${noun} ${i + 1} ${valueLabel.toLowerCase()}`, value: row[valueName], onInput: (v) => ((row[valueName] = v), onChange()) }),
        button({ testId: `${prefix}-remove-${i}`, label: "Remove", ariaLabel: `Remove ${noun.toLowerCase()} ${i + 1}`, cls: "small", onClick: () => (rows.splice(i, 1), rerender(), onChange()) }),
      ),
    ),
    h(
      "div",
      { class: "row-actions" },
      button({ testId: `${prefix}-add`, label: `+ Add ${noun.toLowerCase()}`, cls: "small", onClick: () => (rows.push({ [keyName]: "", [valueName]: "" }), rerender(`${prefix}-key-${rows.length - 1}`), onChange()) }),
      extra,
    ),
  );
}
