// xml.js shows an XML response with syntax highlighting, built from text
// nodes only. A body on one line is indented for reading; the text of the
// elements is never changed.
import { h } from "../dom.js";

const TOKEN = /(<\?[\s\S]*?\?>)|(<!--[\s\S]*?-->)|(<\/?)([A-Za-z_][\w:.-]*)((?:\s+[^\s=>/]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?>)|([^<]+)/g;
const ATTR = /(\s+)([^\s=>/]+)(\s*=\s*)("[^"]*"|'[^']*')/g;

/** renderXML returns a <code> element with the highlighted body. */
export function renderXML(body) {
  const text = body.includes("\n") ? body : indent(body);
  const code = h("code", { class: "xml" });
  let last = 0;
  for (const m of text.matchAll(TOKEN)) {
    if (m.index > last) code.append(text.slice(last, m.index));
    last = m.index + m[0].length;
    if (m[1] || m[2]) {
      code.append(h("span", { class: "x-meta" }, m[0]));
    } else if (m[4]) {
      code.append(h("span", { class: "x-punct" }, m[3]), h("span", { class: "x-tag" }, m[4]));
      for (const a of (m[5] || "").matchAll(ATTR)) {
        code.append(a[1], h("span", { class: "x-attr" }, a[2]), a[3], h("span", { class: "x-string" }, a[4]));
      }
      code.append(h("span", { class: "x-punct" }, m[6]));
    } else {
      code.append(h("span", { class: "x-text" }, m[7]));
    }
  }
  if (last < text.length) code.append(text.slice(last));
  return code;
}

/** indent puts each element on its own line, leaving text content as it is. */
export function indent(body) {
  const parts = body.match(/<[^>]+>|[^<]+/g) || [];
  let depth = 0;
  let out = "";
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i];
    if (p.startsWith("</")) {
      depth = Math.max(0, depth - 1);
      if (!(i > 0 && !parts[i - 1].startsWith("<"))) out += "\n" + "  ".repeat(depth);
      out += p;
    } else if (p.startsWith("<?") || p.startsWith("<!") || p.endsWith("/>")) {
      out += (out ? "\n" : "") + "  ".repeat(depth) + p;
    } else if (p.startsWith("<")) {
      out += (out ? "\n" : "") + "  ".repeat(depth) + p;
      depth++;
    } else {
      out += p;
    }
  }
  return out;
}
