// markdown.mjs turns the rule book (engine/RULES.md) into HTML at build
// time. It reads the small subset of Markdown the rule book is written in —
// headings, paragraphs, "- " lists, "> " quotes, fenced code, and inline
// `code`, **strong**, *emphasis*, [links](#anchor) and bare https:// URLs,
// plus a line `<a id="name"></a>` that gives the next section a second anchor
// — and nothing else: every character of the text is escaped, so raw HTML in
// the Markdown shows as text and never reaches the page.

/** escapeHTML escapes text for element content and attribute values. */
export function escapeHTML(text) {
  return String(text).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);
}

/**
 * slug is GitHub's anchor for a heading: lower case, characters other than
 * letters, digits, spaces, hyphens and underscores dropped, spaces turned
 * into hyphens. engine/eval/rulebook_test.go computes the same.
 */
export function slug(text) {
  return text
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9 _-]/g, "")
    .replace(/ /g, "-");
}

/** A link target the page may carry: an anchor of the page or an https:// address. */
function safeHref(href) {
  if (/^#[A-Za-z0-9_-]+$/.test(href)) return href;
  if (/^https:\/\/[^\s"'<>]+$/.test(href)) return href;
  return null;
}

// Inline tokens, tried at each position in this order.
const INLINE = /`([^`]+)`|\*\*([^*]+)\*\*|\*(\S(?:[^*]*\S)?)\*|\[([^\]]+)\]\(([^)\s]+)\)|(https:\/\/[^\s<>()"']*[^\s<>()"'.,;:])/g;

/** inline renders one run of inline text. */
export function inline(text) {
  let out = "";
  let last = 0;
  for (const m of text.matchAll(INLINE)) {
    out += escapeHTML(text.slice(last, m.index));
    last = m.index + m[0].length;
    const [, code, strong, em, linkText, href, url] = m;
    if (code !== undefined) out += `<code>${escapeHTML(code)}</code>`;
    else if (strong !== undefined) out += `<strong>${inline(strong)}</strong>`;
    else if (em !== undefined) out += `<em>${inline(em)}</em>`;
    else if (linkText !== undefined) {
      const safe = safeHref(href);
      out += safe ? `<a href="${escapeHTML(safe)}">${inline(linkText)}</a>` : inline(linkText);
    } else out += `<a href="${escapeHTML(url)}" class="url">${escapeHTML(url)}</a>`;
  }
  return out + escapeHTML(text.slice(last));
}

const HEADING = /^(#{1,6}) (.+)$/;
// An extra anchor, the only HTML the rule book may hold (GitHub shows it as
// an anchor too); the page gets an element of its own with that id.
const ANCHOR = /^<a id="([a-z0-9][a-z0-9-]*)"><\/a>$/;
const starts = (line) => HEADING.test(line) || line.startsWith("```") || /^>( |$)/.test(line) || line.startsWith("- ");

/**
 * parse reads Markdown into blocks: {type: "heading", level, text, id},
 * {type: "anchor", id},
 * {type: "paragraph", text}, {type: "list", items}, {type: "quote", blocks},
 * {type: "code", text}.
 */
export function parse(markdown) {
  const lines = markdown.replace(/\r\n?/g, "\n").split("\n");
  const blocks = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    if (line.trim() === "") {
      i++;
      continue;
    }
    const hm = HEADING.exec(line);
    const am = ANCHOR.exec(line.trim());
    if (am) {
      blocks.push({ type: "anchor", id: am[1] });
      i++;
    } else if (hm) {
      blocks.push({ type: "heading", level: hm[1].length, text: hm[2].trim(), id: slug(hm[2]) });
      i++;
    } else if (line.startsWith("```")) {
      const body = [];
      for (i++; i < lines.length && !lines[i].startsWith("```"); i++) body.push(lines[i]);
      i++;
      blocks.push({ type: "code", text: body.join("\n") });
    } else if (/^>( |$)/.test(line)) {
      const body = [];
      for (; i < lines.length && /^>( |$)/.test(lines[i]); i++) body.push(lines[i].replace(/^> ?/, ""));
      blocks.push({ type: "quote", blocks: parse(body.join("\n")) });
    } else if (line.startsWith("- ")) {
      const items = [];
      while (i < lines.length && lines[i].startsWith("- ")) {
        const item = [lines[i].slice(2)];
        for (i++; i < lines.length && lines[i].trim() !== "" && !starts(lines[i]); i++) item.push(lines[i].trim());
        items.push(item.join(" "));
      }
      blocks.push({ type: "list", items });
    } else {
      const para = [];
      for (; i < lines.length && lines[i].trim() !== "" && !starts(lines[i]); i++) para.push(lines[i].trim());
      blocks.push({ type: "paragraph", text: para.join(" ") });
    }
  }
  return blocks;
}

/** render writes blocks as HTML; headings get their id and a link to themselves. */
export function render(blocks) {
  return blocks
    .map((b) => {
      switch (b.type) {
        case "heading":
          return `<h${b.level} id="${escapeHTML(b.id)}">${inline(b.text)} <a class="self" href="#${escapeHTML(b.id)}" aria-label="Link to this section">#</a></h${b.level}>`;
        case "anchor":
          return `<span id="${escapeHTML(b.id)}" class="anchor"></span>`;
        case "paragraph":
          return `<p>${inline(b.text)}</p>`;
        case "list":
          return `<ul>${b.items.map((t) => `<li>${inline(t)}</li>`).join("")}</ul>`;
        case "quote":
          return `<blockquote>${render(b.blocks)}</blockquote>`;
        case "code":
          return `<pre><code>${escapeHTML(b.text)}</code></pre>`;
      }
      return "";
    })
    .join("\n");
}
