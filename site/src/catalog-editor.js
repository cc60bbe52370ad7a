// catalog-editor.js gives the policy editors the AWS action catalog's
// autocomplete (service prefixes, actions with their access level, ARN
// templates and condition keys for the statement's actions) and a hover
// over an action pattern that lists the actions it covers. Both ask the
// catalog worker and do nothing until the catalog is loaded.
import { autocompletion } from "@codemirror/autocomplete";
import { syntaxTree } from "@codemirror/language";
import { hoverTooltip, EditorView } from "@codemirror/view";

const TOKEN = /^[A-Za-z0-9:*?\-/._${}]*$/;
const ELEMENTS = /"(Action|NotAction|Resource|NotResource|Condition|Principal|NotPrincipal|Effect|Sid)"\s*:/g;

/** stringAt returns the JSON string around pos on its line: {from, to, text} (from after the opening quote), or null. */
export function stringAt(doc, pos) {
  const line = doc.lineAt(pos);
  const before = line.text.slice(0, pos - line.from);
  const quotes = [...before.matchAll(/(?<!\\)"/g)].map((m) => m.index);
  if (quotes.length % 2 === 0) return null; // not inside a string
  const open = line.from + quotes[quotes.length - 1] + 1;
  const rest = line.text.slice(pos - line.from);
  const close = rest.search(/(?<!\\)"/);
  const to = close < 0 ? line.to : pos + close;
  return { from: open, to, text: doc.sliceString(open, to) };
}

/** elementBefore names the policy element (Action, Resource, Condition, …) whose value holds pos, from the text before it. */
export function elementBefore(text) {
  let last = "";
  for (const m of text.matchAll(ELEMENTS)) last = m[1];
  return last;
}

/** statementActions returns the Action values of the statement around pos (from the syntax tree), or every action-looking string of the document. */
export function statementActions(state, pos) {
  const doc = state.doc;
  const unquote = (n) => doc.sliceString(n.from, n.to).replace(/^"|"$/g, "");
  for (let node = syntaxTree(state).resolveInner(pos, -1); node; node = node.parent) {
    if (node.name !== "Object") continue;
    const props = node.getChildren("Property");
    const action = props.find((p) => {
      const name = p.getChild("PropertyName");
      return name && /^"(Not)?Action"$/.test(doc.sliceString(name.from, name.to));
    });
    if (!action) continue;
    const value = action.lastChild;
    if (!value) return [];
    if (value.name === "String") return [unquote(value)];
    return value.getChildren("String").map(unquote);
  }
  return [...doc.toString().matchAll(/"([a-z0-9-]+:[A-Za-z0-9*?]+)"/g)].map((m) => m[1]);
}

/** completionContext says what is typed at pos: {what, from, prefix, actions}, or null. */
export function completionContext(state, pos) {
  const s = stringAt(state.doc, pos);
  if (!s) return null;
  const prefix = state.doc.sliceString(s.from, pos);
  if (!TOKEN.test(prefix)) return null;
  const el = elementBefore(state.doc.sliceString(0, s.from - 1));
  let what = "";
  if (el === "Action" || el === "NotAction") what = "action";
  else if (el === "Resource" || el === "NotResource") what = "resource";
  else if (el === "Condition") {
    // A condition key is an object key: the quote follows { or , .
    const before = state.doc.sliceString(Math.max(0, s.from - 200), s.from - 1).trimEnd();
    if (/[{,]$/.test(before) && !/^(For(Any|All)Value:)?[A-Z]/.test(prefix)) what = "conditionKey";
  }
  if (!what) return null;
  return { what, from: s.from, prefix, actions: what === "action" ? [] : statementActions(state, pos) };
}

const TYPES = { service: "namespace", action: "function", resource: "constant", conditionKey: "property" };

/**
 * catalogExtensions returns the editor extensions.
 * @param {import("./catalog.js").CatalogFeatures} features
 */
export function catalogExtensions(features) {
  const source = async (ctx) => {
    if (!features.ready) return null;
    const c = completionContext(ctx.state, ctx.pos);
    if (!c || (!ctx.explicit && c.prefix === "" && c.what !== "resource")) return null;
    let list;
    try {
      list = await features.complete(c.what, c.prefix, c.actions);
    } catch {
      return null;
    }
    if (!list.length) return null;
    return {
      from: c.from,
      options: list.map((x, i) => ({ label: x.label, detail: x.detail, type: TYPES[x.type] || "text", boost: -i / 1000 })),
      validFor: TOKEN,
    };
  };
  const hover = hoverTooltip(async (view, pos) => {
    if (!features.ready) return null;
    const s = stringAt(view.state.doc, pos);
    if (!s || !/^[A-Za-z0-9-]+:[A-Za-z0-9*?]*[*?][A-Za-z0-9*?]*$|^\*$/.test(s.text)) return null;
    const el = elementBefore(view.state.doc.sliceString(0, s.from - 1));
    if (el !== "Action" && el !== "NotAction") return null;
    let out;
    try {
      out = await features.expand(s.text);
    } catch {
      return null;
    }
    if (!out || out.error) return null;
    return {
      pos: s.from,
      end: s.to,
      above: true,
      create() {
        const dom = document.createElement("div");
        dom.className = "cm-expansion";
        dom.dataset.testid = "action-expansion";
        const head = document.createElement("strong");
        head.textContent = `${s.text} covers ${out.actions.length} ${out.actions.length === 1 ? "action" : "actions"}`;
        dom.append(head);
        const ul = document.createElement("ul");
        for (const a of out.actions.slice(0, 30)) {
          const li = document.createElement("li");
          li.textContent = `${a.action} (${a.accessLevel})`;
          ul.append(li);
        }
        if (out.actions.length > 30) {
          const li = document.createElement("li");
          li.textContent = `… and ${out.actions.length - 30} more`;
          ul.append(li);
        }
        dom.append(ul);
        const note = document.createElement("small");
        note.textContent = `AWS action catalog ${out.catalog}`;
        dom.append(note);
        return { dom };
      },
    };
  });
  const theme = EditorView.theme({
    ".cm-expansion": { padding: "4px 8px", maxWidth: "30rem", fontSize: "13px" },
    ".cm-expansion ul": { margin: "4px 0", paddingLeft: "1.2rem", maxHeight: "14rem", overflow: "auto", fontFamily: "var(--mono)" },
  });
  return [autocompletion({ override: [source], activateOnTyping: true }), hover, theme];
}
