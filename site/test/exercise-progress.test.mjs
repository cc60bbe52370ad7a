import { test, afterEach } from "node:test";
import assert from "node:assert/strict";
import { decodeProgress, emptyProgress, encodeProgress, loadProgress, saveProgress } from "../src/exercise/progress.js";

afterEach(() => { delete globalThis.localStorage; });

function memoryStorage() {
  const m = new Map();
  return { getItem: (k) => (m.has(k) ? m.get(k) : null), setItem: (k, v) => m.set(k, String(v)), removeItem: (k) => m.delete(k), m };
}

test("progress survives encoding", () => {
  const p = emptyProgress();
  p.solved.add("jean-prefix");
  p.solved.add("intersection");
  p.hints["intersection"] = 2;
  p.hints["session-tags"] = 1;
  const text = encodeProgress(p);
  assert.equal(text, "intersection.2,jean-prefix,~session-tags.1");
  const back = decodeProgress(text);
  assert.deepEqual([...back.solved].sort(), ["intersection", "jean-prefix"]);
  assert.deepEqual(back.hints, { intersection: 2, "session-tags": 1 });
});

test("bad progress text is left out, never thrown on", () => {
  for (const bad of [undefined, "", "<script>", "A,b..3,~,x.999", ",".repeat(1000)]) {
    const p = decodeProgress(bad);
    assert.ok(p.solved.size <= 1);
  }
  assert.deepEqual([...decodeProgress("A,ok,x.999").solved], ["ok"]);
});

test("progress goes to localStorage when it works", () => {
  globalThis.localStorage = memoryStorage();
  const p = emptyProgress();
  p.solved.add("policy-arns");
  assert.equal(saveProgress("Course", p, new URLSearchParams()), null);
  assert.equal(globalThis.localStorage.m.get("stsplay:progress:Course"), "policy-arns");
  assert.deepEqual([...loadProgress("Course", new URLSearchParams("p=other")).solved], ["policy-arns"]);
});

test("progress goes to the URL when localStorage is blocked", () => {
  Object.defineProperty(globalThis, "localStorage", { configurable: true, get() { throw new Error("SecurityError"); } });
  const p = emptyProgress();
  p.solved.add("policy-arns");
  const params = saveProgress("Course", p, new URLSearchParams("ex=policy-arns"));
  assert.equal(params.toString(), "ex=policy-arns&p=policy-arns");
  assert.deepEqual([...loadProgress("Course", params).solved], ["policy-arns"]);
});
