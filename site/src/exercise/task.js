// task.js reads an exercise's task text, written in the Markdown subset
// the README describes ("Exercises and courses"): paragraphs separated by
// blank lines, list items that start with "- ", `code` and **strong**.
// Everything else is text. parseTask returns plain data; renderTask turns
// it into DOM nodes with text nodes only, so a "<b>" in a task is shown
// as the four characters it is.

/**
 * parseTask splits text into blocks: {type: "p", spans} for a paragraph
 * and {type: "ul", items: [spans…]} for a run of "- " lines. A span is
 * {type: "text" | "code" | "strong", text}. An unclosed ` or ** is text.
 */
export function parseTask(text) {
  const blocks = [];
  const lines = String(text ?? "").replace(/\r\n?/g, "\n").split("\n");
  let para = [];
  let list = null;
  const flushPara = () => {
    if (para.length) blocks.push({ type: "p", spans: parseSpans(para.join(" ")) });
    para = [];
  };
  const flushList = () => {
    if (list) blocks.push({ type: "ul", items: list.map(parseSpans) });
    list = null;
  };
  for (const raw of lines) {
    const line = raw.trim();
    if (line === "") {
      flushPara();
      flushList();
    } else if (line.startsWith("- ")) {
      flushPara();
      (list ??= []).push(line.slice(2).trim());
    } else if (list) {
      // A line after an item, not itself an item, continues it.
      list[list.length - 1] += " " + line;
    } else {
      para.push(line);
    }
  }
  flushPara();
  flushList();
  return blocks;
}

/** parseSpans splits one line of text into text, code and strong spans. */
export function parseSpans(text) {
  const spans = [];
  const push = (type, t) => {
    if (t === "") return;
    const last = spans[spans.length - 1];
    if (type === "text" && last?.type === "text") last.text += t;
    else spans.push({ type, text: t });
  };
  let i = 0;
  while (i < text.length) {
    if (text[i] === "`") {
      const end = text.indexOf("`", i + 1);
      if (end > i + 1) {
        push("code", text.slice(i + 1, end));
        i = end + 1;
        continue;
      }
    } else if (text.startsWith("**", i)) {
      const end = text.indexOf("**", i + 2);
      if (end > i + 2) {
        push("strong", text.slice(i + 2, end));
        i = end + 2;
        continue;
      }
    }
    // Plain text up to the next marker (at least one character).
    let j = i + 1;
    while (j < text.length && text[j] !== "`" && !text.startsWith("**", j)) j++;
    push("text", text.slice(i, j));
    i = j;
  }
  return spans;
}

/**
 * renderTask returns a DocumentFragment of doc (the page's document) that
 * shows text: <p> and <ul><li> blocks, <code> and <strong> spans, and text
 * nodes for every character of the task.
 */
export function renderTask(doc, text) {
  const frag = doc.createDocumentFragment();
  const spans = (parent, list) => {
    for (const s of list) {
      if (s.type === "text") {
        parent.append(doc.createTextNode(s.text));
      } else {
        const el = doc.createElement(s.type);
        el.append(doc.createTextNode(s.text));
        parent.append(el);
      }
    }
  };
  for (const b of parseTask(text)) {
    if (b.type === "p") {
      const p = doc.createElement("p");
      spans(p, b.spans);
      frag.append(p);
    } else {
      const ul = doc.createElement("ul");
      for (const item of b.items) {
        const li = doc.createElement("li");
        spans(li, item);
        ul.append(li);
      }
      frag.append(ul);
    }
  }
  return frag;
}
