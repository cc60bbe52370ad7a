// A property test of the form model: for generated scenario documents with
// every field of version 1 (right types, wrong types, null, missing) and
// fields the form does not know (including ones a newer engine reads),
// toDoc(toModel(doc)) is the same document, byte for byte as JSON, and
// every field the form cannot edit is listed by moreFields.
import { test } from "node:test";
import assert from "node:assert/strict";
import { toModel, toDoc, moreFields } from "../src/form/model.js";

/** mulberry32 is a small seeded PRNG, so that a failure can be replayed. */
function mulberry32(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// The fields of version 1 as the README lists them; the generator's own
// list, so the test does not read the model's.
const FIELDS = {
  root: ["version", "account", "region", "partition", "caller", "managedPolicies", "resourcePolicies", "request", "clock", "seed", "expectError", "checks"],
  caller: ["type", "name", "path", "userId", "policies", "permissionsBoundary", "tags"],
  request: ["Name", "DurationSeconds", "Policy", "PolicyArns", "Tags"],
  resource: ["name", "attachedTo", "account", "policy"],
  check: ["action", "resource", "context", "expect"],
  tag: ["Key", "Value"],
};
// Names the form does not know: typos, and fields a newer engine may read.
const UNKNOWN = ["bogus", "organization", "resources", "region", "at", "Extra", "name ", "ünïcode", "a.b", "12"];

function gen(rand) {
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const chance = (p) => rand() < p;
  const str = () => pick(["", "Jean", "token-app", "arn:aws:s3:::b/k", "/eng/", "[1,2]", " [\"x\"] ", "AccessDenied", "allowed", "Root", "IAMUser", "<script>", "2026-01-01T00:00:00Z"]);
  const policy = () => pick([
    () => '{"Version":"2012-10-17","Statement":[]}',
    () => ({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: "s3:*", Resource: "*" }] }),
    () => "not json",
  ])();
  const scalar = () => pick([() => str(), () => Math.floor(rand() * 200000) - 100, () => 3600.5, () => true, () => null, () => ({ x: 1 }), () => [1, "a"]])();
  const tag = () => obj("tag", { Key: str, Value: str });
  const list = (el, n = 3) => Array.from({ length: Math.floor(rand() * n) }, el);
  // Each known field gets a value of the right type most of the time, else anything.
  const obj = (kind, good) => {
    const out = {};
    const names = FIELDS[kind].slice();
    if (chance(0.3)) names.push(pick(UNKNOWN));
    names.sort(() => rand() - 0.5);
    for (const k of names) {
      if (chance(0.25)) continue; // missing
      out[k] = Object.hasOwn(good, k) && chance(0.8) ? good[k]() : scalar();
    }
    return out;
  };
  return obj("root", {
    version: () => pick([1, 1, 2, "1"]),
    account: str,
    region: str,
    partition: () => pick(["aws", "aws-cn", ""]),
    caller: () => obj("caller", {
      type: () => pick(["IAMUser", "Root", "Admin"]),
      name: str,
      path: () => pick(["/eng/", "/", "eng"]),
      userId: () => pick(["AIDAEXAMPLE", ""]),
      policies: () => list(policy),
      permissionsBoundary: () => pick([null, policy()]),
      tags: () => list(tag),
    }),
    managedPolicies: () => Object.fromEntries(list(() => [`arn:aws:iam::123456789012:policy/P${Math.floor(rand() * 9)}`, chance(0.9) ? policy() : 7])),
    resourcePolicies: () => list(() => obj("resource", { name: str, attachedTo: str, account: str, policy })),
    request: () => obj("request", {
      Name: str,
      DurationSeconds: () => pick([900, 3600, 129600, "3600", 3600.5]),
      Policy: policy,
      PolicyArns: () => list(() => (chance(0.9) ? str() : { arn: str() })),
      Tags: () => list(tag),
    }),
    clock: str,
    seed: str,
    expectError: str,
    checks: () => list(() => obj("check", {
      action: () => pick(["s3:GetObject", "sts:GetCallerIdentity", ""]),
      resource: str,
      context: () => Object.fromEntries(list(() => [pick(["aws:SourceIp", "aws:TagKeys", "s3:prefix"]), pick([str(), ["a", "b"], 5, [1]])])),
      expect: () => pick(["allowed", "explicitDeny", "implicitDeny", "", "maybe"]),
    })),
  });
}

const RUNS = 3000;

test("toDoc(toModel(doc)) is the document, for generated documents", () => {
  for (let seed = 1; seed <= RUNS; seed++) {
    const doc = gen(mulberry32(seed));
    const want = JSON.stringify(doc);
    assert.equal(JSON.stringify(toDoc(toModel(doc))), want, `seed ${seed}`);
  }
});

test("removing every listed field leaves a document the form edits entirely", () => {
  for (let seed = 1; seed <= RUNS; seed++) {
    const m = toModel(gen(mulberry32(seed)));
    for (const f of moreFields(m)) f.remove();
    const rest = toDoc(m);
    assert.deepEqual(moreFields(toModel(rest)).map((f) => f.path), [], `seed ${seed}`);
  }
});

test("moreFields names the held fields by their place in the document", () => {
  const m = toModel({
    bogus: true,
    caller: { type: "IAMUser", name: "token-app", tags: [{ Key: "k", Value: "v", extra: 1 }] },
    request: { Name: 55, DurationSeconds: "3600" },
    checks: [{ action: "s3:GetObject", resource: "*", context: { "aws:SourceIp": 5, ok: "x" }, at: "2026" }],
  });
  assert.deepEqual(
    moreFields(m).map((f) => [f.path, f.value]),
    [
      ["bogus", true],
      ["caller.tags[0].extra", 1],
      ["request.Name", 55],
      ["request.DurationSeconds", "3600"],
      ["checks[0].at", "2026"],
      ['checks[0].context["aws:SourceIp"]', 5],
    ],
  );
});

test("a removed field leaves the document and the form edits the field again", () => {
  const m = toModel({ caller: { name: "a" }, request: { Name: 55 } });
  moreFields(m).find((f) => f.path === "request.Name").remove();
  assert.deepEqual(toDoc(m), { caller: { name: "a" }, request: {} });
  m.request.Name = "Jean";
  assert.deepEqual(toDoc(m), { caller: { name: "a" }, request: { Name: "Jean" } });
});

test("an edit changes only its own field", () => {
  for (let seed = 1; seed <= 300; seed++) {
    const doc = gen(mulberry32(seed));
    const m = toModel(doc);
    m.seed = "edited";
    const out = toDoc(m);
    if (Object.hasOwn(doc, "seed") && typeof doc.seed !== "string") {
      assert.deepEqual(out, doc, `seed ${seed}: a held seed stays`);
      continue;
    }
    assert.equal(out.seed, "edited");
    delete out.seed;
    const rest = { ...doc };
    delete rest.seed;
    assert.deepEqual(out, rest, `seed ${seed}`);
  }
});
