// page.mjs builds rules.html, the page "How AWS decides": the rule book
// (engine/RULES.md) with the site's styles and a table of contents. The
// anchors are the rule book's own, so the playground links a step of an
// explanation to rules.html#<anchor of its rule id>.
import { escapeHTML, inline, parse, render } from "./markdown.mjs";

export { ruleAnchor } from "../src/render/rule-link.js";

/** toc lists the level-2 headings with their level-3 headings under them. */
function toc(blocks) {
  const groups = [];
  for (const b of blocks) {
    if (b.type !== "heading") continue;
    if (b.level === 2) groups.push({ head: b, items: [] });
    else if (b.level === 3 && groups.length) groups.at(-1).items.push(b);
  }
  const link = (b) => `<a href="#${escapeHTML(b.id)}">${inline(b.text)}</a>`;
  return (
    `<nav class="rulebook-toc" aria-label="Rules" data-testid="rulebook-toc"><h2>Rules</h2><ol>` +
    groups
      .map((g) => `<li>${link(g.head)}${g.items.length ? `<ol>${g.items.map((b) => `<li>${link(b)}</li>`).join("")}</ol>` : ""}</li>`)
      .join("") +
    `</ol></nav>`
  );
}

/**
 * rulesPage returns the HTML of rules.html for the rule book's Markdown;
 * css is the address of the site's style sheet, js that of the page's
 * script (it registers the service worker).
 */
export function rulesPage(markdown, css, js) {
  const blocks = parse(markdown);
  const [title, ...rest] = blocks[0]?.type === "heading" && blocks[0].level === 1 ? blocks : [{ text: "How AWS decides", id: "" }, ...blocks];
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<meta name="description" content="The rules stsplay follows to decide a GetFederationToken request, each with its AWS page and the sentence that decides it.">
<title>How AWS decides — stsplay</title>
<link rel="icon" href="favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="${escapeHTML(css)}">
<script type="module" src="${escapeHTML(js)}"></script>
</head>
<body class="rulebook-page">
<a class="skip" href="#rules">Skip to the rules</a>
<header class="top">
  <div class="brand">
    <p class="h1"><a href="./" data-testid="rulebook-home">stsplay</a> <span class="sub">How AWS decides</span></p>
  </div>
</header>
<div class="rulebook">
${toc(rest)}
<main id="rules" class="rulebook-text card" data-testid="rulebook" tabindex="-1">
<h1 id="${escapeHTML(title.id)}">${inline(title.text)}</h1>
${render(rest)}
</main>
</div>
</body>
</html>
`;
}
