// excerpt.js cuts the text of one statement out of a policy, by the
// engine's range (1-based lines, columns counted in code points), so that
// the explanation can show the statement that decided next to its name.

/** offsetOf turns an engine position into a JavaScript string index of text (or -1). */
function offsetOf(text, lines, pos) {
  if (!pos || !pos.line || pos.line < 1 || pos.line > lines.length) return -1;
  let off = 0;
  for (let i = 0; i < pos.line - 1; i++) off += lines[i].length + 1;
  const line = Array.from(lines[pos.line - 1]);
  return off + line.slice(0, Math.max(0, (pos.column || 1) - 1)).join("").length;
}

/**
 * excerpt returns the text of range in text, with the indentation of its
 * first line taken off the lines after it, or "" when the range does not
 * fit the text (the text changed since the engine read it).
 */
export function excerpt(text, range) {
  if (typeof text !== "string" || !range) return "";
  const lines = text.split("\n");
  const from = offsetOf(text, lines, range.start);
  const to = offsetOf(text, lines, range.end);
  if (from < 0 || to <= from) return "";
  const cut = text.slice(from, to);
  const indent = lines[range.start.line - 1].match(/^[ \t]*/)[0].length;
  return cut
    .split("\n")
    .map((l, i) => (i === 0 ? l : l.replace(new RegExp(`^[ \\t]{0,${indent}}`), "")))
    .join("\n");
}
