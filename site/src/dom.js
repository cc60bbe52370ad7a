// dom.js builds DOM nodes. User text only ever becomes text nodes or
// attribute values (never HTML), so a "<script>" in a policy or a tag is
// shown as text.

const SVG_NS = "http://www.w3.org/2000/svg";

/**
 * h creates an HTML element. Attributes whose name starts with "on" and
 * whose value is a function become event listeners; null, undefined and
 * false attributes are left out; true becomes an empty attribute.
 */
export function h(tag, attrs, ...children) {
  return fill(document.createElement(tag), attrs, children);
}

/** s creates an SVG element the same way. */
export function s(tag, attrs, ...children) {
  return fill(document.createElementNS(SVG_NS, tag), attrs, children);
}

function fill(el, attrs, children) {
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith("on") && typeof value === "function") {
      el.addEventListener(name.slice(2), value);
    } else if (name === "value" && "value" in el && el.namespaceURI !== SVG_NS) {
      el.value = String(value);
    } else if (name === "checked" || name === "selected") {
      el[name] = Boolean(value);
    } else {
      el.setAttribute(name, value === true ? "" : String(value));
    }
  }
  append(el, children);
  return el;
}

/** append adds children: nodes as they are, strings and numbers as text. */
export function append(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return el;
}

/**
 * breakable returns text as nodes with a line-break opportunity (<wbr>)
 * after every ":" and "/", so that a long ARN wraps between its parts
 * rather than in the middle of a word. The text itself is unchanged.
 */
export function breakable(text) {
  const out = [];
  for (const part of String(text ?? "").split(/(?<=[:/])/)) {
    if (out.length) out.push(document.createElement("wbr"));
    out.push(part);
  }
  return out;
}

/** replace empties el and fills it with children. */
export function replace(el, ...children) {
  el.replaceChildren();
  return append(el, children);
}

/** byId returns the element with that id or throws, so that a typo fails loudly. */
export function byId(id) {
  const el = document.getElementById(id);
  if (!el) throw new Error(`missing element #${id}`);
  return el;
}
