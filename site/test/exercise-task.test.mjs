import { test } from "node:test";
import assert from "node:assert/strict";
import { parseTask, parseSpans, renderTask } from "../src/exercise/task.js";

test("parseSpans", async (t) => {
  const cases = [
    { name: "plain text", in: "Do it.", want: [{ type: "text", text: "Do it." }] },
    { name: "code and strong", in: "Write the **session policy** for `Jean`.", want: [
      { type: "text", text: "Write the " }, { type: "strong", text: "session policy" },
      { type: "text", text: " for " }, { type: "code", text: "Jean" }, { type: "text", text: "." }] },
    { name: "a marker inside code is text", in: "`a**b`", want: [{ type: "code", text: "a**b" }] },
    { name: "unclosed markers are text", in: "2 ** 3 and `x", want: [{ type: "text", text: "2 ** 3 and `x" }] },
    { name: "empty markers are text", in: "`` and ****", want: [{ type: "text", text: "`` and ****" }] },
    { name: "HTML is text", in: "<b>hi</b> & <script>", want: [{ type: "text", text: "<b>hi</b> & <script>" }] },
    { name: "a variable stays whole", in: "`${aws:userid}`", want: [{ type: "code", text: "${aws:userid}" }] },
  ];
  for (const c of cases) await t.test(c.name, () => assert.deepEqual(parseSpans(c.in), c.want));
});

test("parseTask", async (t) => {
  const cases = [
    { name: "paragraphs join their lines", in: "one\ntwo\n\nthree", want: [
      { type: "p", spans: [{ type: "text", text: "one two" }] }, { type: "p", spans: [{ type: "text", text: "three" }] }] },
    { name: "a list after a paragraph", in: "Rules:\n- 900 to `129600`\n- one hour\n  for root", want: [
      { type: "p", spans: [{ type: "text", text: "Rules:" }] },
      { type: "ul", items: [[{ type: "text", text: "900 to " }, { type: "code", text: "129600" }], [{ type: "text", text: "one hour for root" }]] }] },
    { name: "empty", in: "", want: [] },
    { name: "not a string", in: undefined, want: [] },
  ];
  for (const c of cases) await t.test(c.name, () => assert.deepEqual(parseTask(c.in), c.want));
});

// A document with just what renderTask uses, recording the tree it builds.
function fakeDocument() {
  const node = (tag) => ({ tag, children: [], append(c) { this.children.push(c); } });
  return {
    createDocumentFragment: () => node("#fragment"),
    createElement: (tag) => node(tag),
    createTextNode: (text) => ({ text }),
  };
}

test("renderTask builds elements and text nodes only", () => {
  const frag = renderTask(fakeDocument(), "Read **<img src=x onerror=alert(1)>**.\n\n- `a`");
  assert.deepEqual(frag.children.map((c) => c.tag), ["p", "ul"]);
  const [p, ul] = frag.children;
  assert.equal(p.children[0].text, "Read ");
  assert.equal(p.children[1].tag, "strong");
  assert.deepEqual(p.children[1].children, [{ text: "<img src=x onerror=alert(1)>" }]);
  assert.equal(ul.children[0].tag, "li");
  assert.equal(ul.children[0].children[0].tag, "code");
});
