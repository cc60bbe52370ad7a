import { test } from "node:test";
import assert from "node:assert/strict";
import { formatJSON } from "../src/format.js";

test("formatJSON", async (t) => {
  const cases = [
    { name: "indents objects and arrays", in: '{"a":[1,2],"b":{}}', want: '{\n  "a": [\n    1,\n    2\n  ],\n  "b": {}\n}\n' },
    { name: "keeps duplicate keys in order", in: '{"Statement":1,"Statement":2}', want: '{\n  "Statement": 1,\n  "Statement": 2\n}\n' },
    { name: "keeps big numbers and escapes", in: '{"n":12345678901234567890,"s":"a\\"b{,}"}', want: '{\n  "n": 12345678901234567890,\n  "s": "a\\"b{,}"\n}\n' },
    { name: "empty containers stay compact", in: "[ ]", want: "[]\n" },
    { name: "unbalanced brackets are refused", in: '{"a":[}', want: null },
    { name: "unterminated string is refused", in: '{"a":"b', want: null },
    { name: "missing close is refused", in: '{"a":1', want: null },
  ];
  for (const c of cases) {
    await t.test(c.name, () => assert.equal(formatJSON(c.in), c.want));
  }
});
