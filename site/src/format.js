// format.js re-indents JSON text without parsing it into values, so that
// duplicate keys, big numbers and the order of everything survive (a
// policy with two "Statement" keys must stay what the user wrote). It
// returns null when the text is not well-formed enough to format
// (unbalanced brackets or an unterminated string).

const INDENT = "  ";

export function formatJSON(text) {
  let out = "";
  let depth = 0;
  const stack = [];
  let i = 0;
  const newline = () => "\n" + INDENT.repeat(depth);
  while (i < text.length) {
    const ch = text[i];
    if (ch === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== '"') {
        if (text[j] === "\\") j++;
        else if (text[j] === "\n") return null;
        j++;
      }
      if (j >= text.length) return null;
      out += text.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    if (ch === " " || ch === "\t" || ch === "\n" || ch === "\r") {
      i++;
      continue;
    }
    if (ch === "{" || ch === "[") {
      stack.push(ch);
      const close = ch === "{" ? "}" : "]";
      let j = i + 1;
      while (j < text.length && /\s/.test(text[j])) j++;
      if (text[j] === close) {
        out += ch + close;
        stack.pop();
        i = j + 1;
        continue;
      }
      depth++;
      out += ch + newline();
      i++;
      continue;
    }
    if (ch === "}" || ch === "]") {
      const open = stack.pop();
      if ((ch === "}" && open !== "{") || (ch === "]" && open !== "[")) return null;
      depth--;
      out += newline() + ch;
      i++;
      continue;
    }
    if (ch === ",") {
      out += "," + newline();
      i++;
      continue;
    }
    if (ch === ":") {
      out += ": ";
      i++;
      continue;
    }
    let j = i;
    while (j < text.length && !/[\s{}[\],:"]/.test(text[j])) j++;
    out += text.slice(i, j);
    i = j;
  }
  if (stack.length) return null;
  return out + "\n";
}
