import { test } from "node:test";
import assert from "node:assert/strict";
import { toModel, toDoc, editorSlug, sourceLabel, sourceText } from "../src/form/model.js";

const doc = {
  version: 1,
  account: "123456789012",
  region: "us-east-1",
  caller: { type: "IAMUser", name: "token-app", policies: ['{"Version":"2012-10-17"}'], permissionsBoundary: null, tags: [{ Key: "k", Value: "v" }] },
  managedPolicies: { "arn:aws:iam::123456789012:policy/A": "{}" },
  resourcePolicies: [{ name: "b", attachedTo: "arn:aws:s3:::b", account: "123456789012", policy: "{}" }],
  request: { Name: "Jean", DurationSeconds: 3600, Policy: "{}", PolicyArns: ["arn:aws:iam::123456789012:policy/A"], Tags: [] },
  checks: [{ action: "s3:GetObject", resource: "arn:aws:s3:::b/k", context: { "aws:SourceIp": "203.0.113.5", "aws:TagKeys": ["a", "b"] }, expect: "allowed" }],
  clock: "2026-01-01T00:00:00Z",
  seed: "s",
  expectError: "AccessDenied",
};

test("a document survives the form model unchanged", () => {
  assert.deepEqual(toDoc(toModel(doc)), doc);
});

test("policies given as objects become text", () => {
  const m = toModel({ caller: { policies: [{ Version: "2012-10-17" }] } });
  assert.equal(m.caller.policies[0], '{\n  "Version": "2012-10-17"\n}');
});

test("switching off the boundary and the session policy keeps their text", () => {
  const m = toModel({ ...doc, caller: { ...doc.caller, permissionsBoundary: "{ }" } });
  m.caller.boundaryOn = false;
  m.request.policyOn = false;
  const out = toDoc(m);
  assert.equal(out.caller.permissionsBoundary, null);
  assert.equal("Policy" in out.request, false);
  assert.equal(m.caller.boundary, "{ }");
  assert.equal(m.request.Policy, "{}");
});

test("editorSlug and sourceLabel", async (t) => {
  const m = toModel(doc);
  const cases = [
    ["caller.policies[0]", "caller-policies-0", "identity policy 1"],
    ["caller.permissionsBoundary", "caller-boundary", "the permissions boundary"],
    ["request.Policy", "request-policy", "the session policy (Policy)"],
    ['managedPolicies["arn:aws:iam::123456789012:policy/A"]', "managed-0", 'managed policy "arn:aws:iam::123456789012:policy/A"'],
    ["request.PolicyArns[0]", "managed-0", "PolicyArns 1"],
    ["resourcePolicies[0]", "resource-0", "resource policy “b”"],
    ["resourcePolicies[0].policy", "resource-0", "resource policy “b”"],
    ["scenario", "", "scenario"],
    ['managedPolicies["nope"]', "", 'managed policy "nope"'],
  ];
  for (const [source, slug, label] of cases) {
    await t.test(source, () => {
      assert.equal(editorSlug(source, m), slug);
      assert.equal(sourceLabel(source, m), label);
    });
  }
});

test("sourceText finds the policy text behind a source", async (t) => {
  const m = toModel(doc);
  const cases = [
    ["caller.policies[0]", '{"Version":"2012-10-17"}'],
    ["request.Policy", "{}"],
    ["resourcePolicies[0].policy", "{}"],
    ['managedPolicies["arn:aws:iam::123456789012:policy/A"]', "{}"],
    ["caller.policies[7]", ""],
    ["scenario", ""],
  ];
  for (const [source, want] of cases) {
    await t.test(source, () => assert.equal(sourceText(source, m), want));
  }
});
