import { test } from "node:test";
import assert from "node:assert/strict";
import { excerpt } from "../src/excerpt.js";

const oneLine = '{ "Statement": [ { "Effect": "Allow", "Action": "s3:*", "Resource": "*" } ] }';
const multi = '{\n  "Statement": [\n    {\n      "Effect": "Deny",\n      "Action": "é:*"\n    }\n  ]\n}';

test("excerpt cuts a statement out by the engine's range", async (t) => {
  const cases = [
    ["one line", oneLine, { start: { line: 1, column: 18 }, end: { line: 1, column: 74 } }, '{ "Effect": "Allow", "Action": "s3:*", "Resource": "*" }'],
    ["several lines, dedented", multi, { start: { line: 3, column: 5 }, end: { line: 6, column: 6 } }, '{\n  "Effect": "Deny",\n  "Action": "é:*"\n}'],
    ["a range past the text", oneLine, { start: { line: 3, column: 1 }, end: { line: 4, column: 1 } }, ""],
    ["an empty range", oneLine, { start: { line: 1, column: 5 }, end: { line: 1, column: 5 } }, ""],
    ["no range", oneLine, null, ""],
  ];
  for (const [name, text, range, want] of cases) {
    await t.test(name, () => assert.equal(excerpt(text, range), want));
  }
});

test("columns count code points, not UTF-16 units", () => {
  const text = '{"A":"😀","B":{"x":1}}';
  // "😀" is one code point (two UTF-16 units); the object {"x":1} is columns 14 to 20.
  assert.equal(excerpt(text, { start: { line: 1, column: 14 }, end: { line: 1, column: 21 } }), '{"x":1}');
});
