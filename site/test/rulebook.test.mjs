import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { escapeHTML, inline, parse, render, slug } from "../rulebook/markdown.mjs";
import { rulesPage, ruleAnchor } from "../rulebook/page.mjs";
import { ruleHref } from "../src/render/rule-link.js";

test("slug is GitHub's heading anchor", () => {
  assert.equal(slug("Resource grant session"), "resource-grant-session");
  assert.equal(slug(" How AWS decides: the rule book of stsplay"), "how-aws-decides-the-rule-book-of-stsplay");
  assert.equal(slug("GetFederationToken on the wire"), "getfederationtoken-on-the-wire");
});

test("a rule id's anchor is the id in kebab case, as the site links it", () => {
  assert.equal(ruleAnchor("getCallerIdentity"), "get-caller-identity");
  assert.equal(ruleAnchor("resourceGrant"), "resource-grant");
  assert.equal(ruleHref("identitySession"), "rules.html#identity-session");
  assert.equal(ruleHref(""), null);
  assert.equal(ruleHref("not an id"), null);
});

test("raw HTML in the Markdown is shown as text", () => {
  const html = render(parse('# T <b>\n\nA <script>alert(1)</script> & "q" \'s\n\n> <img src=x onerror=alert(1)>\n\n- <i>x</i>\n\n```\n<tag>\n```\n'));
  assert.doesNotMatch(html, /<script|<img|<b>|<i>|<tag>/);
  assert.match(html, /&lt;script&gt;alert\(1\)&lt;\/script&gt; &amp; &quot;q&quot; &#39;s/);
  assert.match(html, /<blockquote><p>&lt;img src=x onerror=alert\(1\)&gt;<\/p><\/blockquote>/);
  assert.match(html, /<pre><code>&lt;tag&gt;<\/code><\/pre>/);
});

test("an anchor line gives the next section a second anchor; other HTML stays text", () => {
  const blocks = parse('<a id="summary-rule"></a>\n## The summary\n\n<a id="x" onclick="y"></a>\n');
  assert.deepEqual(blocks[0], { type: "anchor", id: "summary-rule" });
  const html = render(blocks);
  assert.match(html, /^<span id="summary-rule" class="anchor"><\/span>\n<h2 id="the-summary">/);
  assert.match(html, /<p>&lt;a id=&quot;x&quot; onclick=&quot;y&quot;&gt;&lt;\/a&gt;<\/p>/);
});

test("links keep page anchors and https addresses only", () => {
  assert.equal(inline("[a](#explicit-deny)"), '<a href="#explicit-deny">a</a>');
  assert.equal(inline("[a](javascript:alert(1))"), "a)");
  assert.equal(inline('[a](https://x.example/"onmouseover=1)'), "a");
  assert.equal(
    inline("see https://docs.aws.amazon.com/IAM/latest/UserGuide/x.html."),
    'see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/x.html" class="url">https://docs.aws.amazon.com/IAM/latest/UserGuide/x.html</a>.',
  );
  assert.equal(inline("`a*b*` **b** *c*"), "<code>a*b*</code> <strong>b</strong> <em>c</em>");
});

test("blocks: headings with ids, lists with continuation lines, quotes with paragraphs", () => {
  const blocks = parse("## Two words\n\n- one\n  more\n- two\n\n> q1\n> q2\n>\n> q3\n");
  assert.deepEqual(blocks[0], { type: "heading", level: 2, text: "Two words", id: "two-words" });
  assert.deepEqual(blocks[1], { type: "list", items: ["one more", "two"] });
  assert.equal(blocks[2].type, "quote");
  assert.deepEqual(blocks[2].blocks, [
    { type: "paragraph", text: "q1 q2" },
    { type: "paragraph", text: "q3" },
  ]);
});

test("the rule book renders with a section for every rule id and a table of contents", () => {
  const md = readFileSync(new URL("../../engine/RULES.md", import.meta.url), "utf8");
  const html = rulesPage(md, "assets/styles.css", "assets/rules.js");
  for (const id of ["getCallerIdentity", "explicitDeny", "serviceRestriction", "resourceGrant", "identitySession", "rootCaller", "identityBoundary"]) {
    assert.match(html, new RegExp(`<h3 id="${ruleAnchor(id)}">`), id);
    assert.match(html, new RegExp(`<nav[^]*href="#${ruleAnchor(id)}"[^]*</nav>`), `${id} in the contents`);
  }
  assert.match(html, /<title>How AWS decides — stsplay<\/title>/);
  assert.match(html, /<link rel="stylesheet" href="assets\/styles.css">/);
  assert.match(html, /<script type="module" src="assets\/rules.js"><\/script>/);
  const ids = [...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
  assert.equal(new Set(ids).size, ids.length, "every id is unique");
  for (const [, target] of html.matchAll(/href="#([^"]+)"/g)) assert.ok(ids.includes(target), `#${target} resolves`);
  assert.equal(escapeHTML("<&>"), "&lt;&amp;&gt;");
});
